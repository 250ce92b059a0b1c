using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Errors;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Execution.Errors;

/// <summary>
/// How every error is written, on every transport: its message and <c>extensions: { code }</c> (plus
/// <c>retryAfterSeconds</c> when the client is told to wait), nothing else. Unexpected errors get a neutral message;
/// their exception is logged where it happens (<see cref="Limits.ExecutionLimits"/>) and shown in
/// <c>extensions.details</c> only when <paramref name="exposeDetails"/> (Development). Unless
/// <paramref name="suggestNames"/>, validation errors lose their "Did you mean …?" suggestions, which would otherwise
/// spell out the schema to anyone guessing at it.
/// </summary>
public sealed class CodedErrorInfoProvider(bool exposeDetails, bool suggestNames) : IErrorInfoProvider
{
    public const string NeutralMessage = "An unexpected error occurred. It has been logged.";

    private const string Suggestion = " Did you mean";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var code = ErrorClassifier.CodeOf(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (executionError is TooManyRequestsError tooMany)
        {
            extensions["retryAfterSeconds"] = tooMany.RetryAfterSeconds;
        }

        if (code != ErrorCodes.InternalServerError)
        {
            return new ErrorInfo { Message = suggestNames ? executionError.Message : WithoutSuggestion(executionError), Extensions = extensions };
        }

        if (exposeDetails)
        {
            extensions["details"] = (executionError.InnerException ?? executionError).ToString();
        }

        return new ErrorInfo { Message = NeutralMessage, Extensions = extensions };
    }

    /// <summary>The message of a validation error that may name schema elements, cut before its suggestion.</summary>
    private static string WithoutSuggestion(ExecutionError error)
    {
        var suggests = error is FieldsOnCorrectTypeError or KnownArgumentNamesError or KnownTypeNamesError;
        var at = suggests ? error.Message.IndexOf(Suggestion, StringComparison.Ordinal) : -1;
        return at < 0 ? error.Message : error.Message[..at];
    }
}
