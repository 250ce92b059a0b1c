namespace Mentorship.GraphQL.Schema;

/// <summary>An input field that may be left out: given (possibly as null) or not given at all.</summary>
public readonly record struct InputValue<T>(bool IsGiven, T? Value);
