using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Execution.Errors;

/// <summary>Gives every error the engine or our code produces one of the <see cref="ErrorCodes"/>.</summary>
public static class ErrorClassifier
{
    public static string CodeOf(ExecutionError error) => error switch
    {
        // Set on purpose by our own code (transports, validation rules, resolvers): kept as it is.
        { Code: { } code } when ErrorCodes.All.Contains(code) => code,
        SyntaxError => ErrorCodes.ParseFailed,
        InvalidVariableError => ErrorCodes.BadUserInput,
        ComplexityError => ErrorCodes.QueryTooComplex,
        ValidationError => ErrorCodes.ValidationFailed,
        // No operation, an unknown operation name, several operations and no name: the request cannot be run.
        DocumentError or RequestError => ErrorCodes.BadRequest,
        TimeoutError => ErrorCodes.Timeout,
        // Unhandled exceptions and engine errors nobody meant a client to read.
        _ => ErrorCodes.InternalServerError,
    };
}
