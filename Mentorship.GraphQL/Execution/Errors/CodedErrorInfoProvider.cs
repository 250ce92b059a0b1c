using GraphQL;
using GraphQL.Execution;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Execution.Errors;

/// <summary>
/// How every error is written, on every transport: its message and <c>extensions: { code }</c>, nothing else.
/// Unexpected errors get a neutral message; their exception is logged where it happens
/// (<see cref="Limits.ExecutionLimits"/>) and shown in <c>extensions.details</c> only when <paramref name="exposeDetails"/>
/// (Development).
/// </summary>
public sealed class CodedErrorInfoProvider(bool exposeDetails) : IErrorInfoProvider
{
    public const string NeutralMessage = "An unexpected error occurred. It has been logged.";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var code = ErrorClassifier.CodeOf(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (code != ErrorCodes.InternalServerError)
        {
            return new ErrorInfo { Message = executionError.Message, Extensions = extensions };
        }

        if (exposeDetails)
        {
            extensions["details"] = (executionError.InnerException ?? executionError).ToString();
        }

        return new ErrorInfo { Message = NeutralMessage, Extensions = extensions };
    }
}
