namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>
/// A refusal by the scheduling rules, naming the input field it concerns as the API spells it: <c>timeZone</c>,
/// <c>blocks</c>, <c>blocks[2].startTime</c>, <c>startsAt</c>, <c>durationMinutes</c>, <c>to</c>.
/// </summary>
public sealed record SchedulingProblem(SchedulingProblemCode Code, string Field, string Message)
{
    /// <summary>For a problem with one block, its index in the given list.</summary>
    public int? BlockIndex { get; init; }

    /// <summary>For overlapping blocks, the index of the block that <see cref="BlockIndex"/> overlaps.</summary>
    public int? OtherBlockIndex { get; init; }
}
