namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>A refusal a mutation reports in its payload's <c>errors</c>, never as an exception.</summary>
public abstract record DomainError(string Message)
{
    /// <summary>A stable, machine-readable name for the refusal, such as <c>EMAIL_TAKEN</c>.</summary>
    public abstract string Code { get; }
}
