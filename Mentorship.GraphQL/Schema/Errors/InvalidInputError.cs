namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>An input value is malformed for its field (too long, out of range, wrongly shaped).</summary>
/// <param name="Field">The input field at fault, as named in the input type, such as `email`.</param>
/// <param name="Message">What went wrong, in words for a person.</param>
public sealed record InvalidInputError(string Field, string Message) : DomainError(Message);
