using GraphQL;

namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>A signed-in caller whose role may not use a field: a top-level error coded <c>FORBIDDEN</c>.</summary>
public sealed class ForbiddenException : ExecutionError
{
    public const string ErrorCode = "FORBIDDEN";

    public ForbiddenException(string message)
        : base(message)
    {
        Code = ErrorCode;
    }
}
