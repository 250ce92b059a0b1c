using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Schema.Mutations;

/// <summary>What a mutation's payload carries, whatever its value: the refusals, if any.</summary>
public interface IPayload
{
    /// <summary>What the mutation changed; null (or the default) when <see cref="Errors"/> is set.</summary>
    object? Value { get; }

    /// <summary>Why nothing changed; null on success.</summary>
    IReadOnlyList<DomainError>? Errors { get; }
}

/// <summary>
/// The outcome of a mutation, as its service returns it: the changed value, or the domain errors that refused
/// the change. A service returns either directly (<c>return session;</c>, <c>return new SlotTakenError();</c>).
/// </summary>
public sealed record Payload<T>(T? Value, IReadOnlyList<DomainError>? Errors) : IPayload
{
    object? IPayload.Value => Value;

    public static implicit operator Payload<T>(T value) => new(value, null);

    public static implicit operator Payload<T>(DomainError error) => new(default, [error]);

    /// <summary>A refusal with every reason at once (each refused field of an input, say).</summary>
    public Payload(IReadOnlyList<DomainError> errors)
        : this(default, errors)
    {
    }
}
