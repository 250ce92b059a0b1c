namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>A value that is malformed for its field: too long, out of range, wrongly shaped.</summary>
public sealed record InvalidInputError(string Field, string Message) : DomainError(Message)
{
    public override string Code => "INVALID_INPUT";
}
