namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>
/// A refusal a mutation reports in its payload's <c>errors</c>, never as an exception. Each subtype becomes an
/// object type of the same name implementing <c>Error</c>; its XML summary is the type's description and its
/// other properties are the type's extra fields.
/// </summary>
/// <param name="Message">What went wrong, in words for a person.</param>
public abstract record DomainError(string Message)
{
    /// <summary>A stable machine-readable code.</summary>
    /// <remarks>The error type's <see cref="ErrorCodeAttribute"/>, else its name in upper snake case.</remarks>
    public string Code => ErrorCodeAttribute.Of(GetType());
}
