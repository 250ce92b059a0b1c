using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Mentorship.GraphQL.Schema.Errors;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Execution.Limits;

/// <summary>
/// Applies <see cref="GraphQLLimits"/> to every execution, whatever the transport: refuses over-long documents
/// before they are parsed, sets the timeout, switches introspection off when configured, and logs unexpected
/// exceptions (which clients only see masked).
/// </summary>
public sealed partial class ExecutionLimits(IOptions<GraphQLLimits> limits, ILogger<ExecutionLimits> logger) : IConfigureExecution
{
    /// <summary>Before GraphQL.NET's own option configurations (100), so their rules are added to ours.</summary>
    public float SortOrder => 50;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var configured = limits.Value;
        if (options.Query?.Length > configured.MaxDocumentLength)
        {
            return Task.FromResult(new ExecutionResult
            {
                Errors = [new ExecutionError(
                    $"The document is {options.Query.Length} characters long; this server accepts at most {configured.MaxDocumentLength}.")
                    { Code = ErrorCodes.DocumentTooLarge }],
            });
        }

        options.Timeout = configured.ExecutionTimeout;
        options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        if (!configured.EnableIntrospection)
        {
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(NoIntrospectionValidationRule.Instance);
        }

        options.UnhandledExceptionDelegate = context =>
        {
            LogUnhandled(logger, context.FieldContext?.FieldDefinition.Name ?? "(none)", context.OriginalException);
            return Task.CompletedTask;
        };
        return next(options);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while executing a GraphQL operation (field {Field}).")]
    private static partial void LogUnhandled(ILogger logger, string field, Exception exception);
}
