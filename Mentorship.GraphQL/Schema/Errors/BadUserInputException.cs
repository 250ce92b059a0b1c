using GraphQL;

namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>An argument a query cannot work with, such as a page size out of range: a top-level error coded <c>BAD_USER_INPUT</c>.</summary>
public sealed class BadUserInputException : ExecutionError
{
    public const string ErrorCode = "BAD_USER_INPUT";

    public BadUserInputException(string message)
        : base(message)
    {
        Code = ErrorCode;
    }
}
