namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>Time already taken by a scheduled session, [<see cref="StartsAt"/>, <see cref="EndsAt"/>).</summary>
public readonly record struct BookedTime(DateTimeOffset StartsAt, DateTimeOffset EndsAt);
