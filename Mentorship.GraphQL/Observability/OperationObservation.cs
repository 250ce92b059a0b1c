using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Execution.Errors;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Observability;

/// <summary>
/// One operation under observation, from the executor's call to its answer. As an execution listener it learns the
/// operation's type and name from the document once the engine has chosen the operation; the request's
/// <c>operationName</c> stands in until then (and for documents that never parse).
/// </summary>
public sealed class OperationObservation : DocumentExecutionListenerBase, IDisposable
{
    private readonly MentorshipMetrics metrics;
    private readonly ILogger logger;
    private readonly Authentication caller;
    private readonly Activity? activity;
    private readonly long startedAt = Stopwatch.GetTimestamp();
    private string? operationName;
    private string? operationType;
    private bool ended;

    internal OperationObservation(MentorshipMetrics metrics, ILogger logger, GraphQLRequest request, Authentication caller, bool recordDocument)
    {
        this.metrics = metrics;
        this.logger = logger;
        this.caller = caller;
        operationName = request.OperationName;
        activity = MentorshipTelemetry.ActivitySource.StartActivity("GraphQL Operation");
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(MentorshipTelemetry.Tags.OperationName, operationName);
            if (recordDocument)
            {
                activity.SetTag(MentorshipTelemetry.Tags.Document, request.Query);
            }
        }
    }

    /// <summary>Whether the engine chose an operation in the document (so its name is the document's, not only the caller's word).</summary>
    private bool OperationChosen => operationType is not null;

    public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        operationType = context.Operation.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => null,
        };
        operationName = context.Operation.Name?.StringValue;
        if (activity is { IsAllDataRequested: true })
        {
            activity.DisplayName = operationName is null ? operationType! : $"{operationType} {operationName}";
            activity.SetTag(MentorshipTelemetry.Tags.OperationType, operationType);
            activity.SetTag(MentorshipTelemetry.Tags.OperationName, operationName);
        }

        return Task.CompletedTask;
    }

    /// <summary>The operation was answered with <paramref name="result"/>; <paramref name="userContext"/> tells who proved to be the caller.</summary>
    public void Answered(ExecutionResult result, IDictionary<string, object?> userContext)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(userContext);
        string[] codes = result.Errors is { Count: > 0 } errors ? [.. errors.Select(ErrorClassifier.CodeOf).Distinct()] : [];
        var outcome = codes.Length == 0 ? OperationOutcome.Success
            : codes.Any(code => code is ErrorCodes.InternalServerError or ErrorCodes.Timeout) ? OperationOutcome.Error
            : OperationOutcome.Rejected;
        End(outcome, codes, caller.Principal.FindUserId() ?? OperationCaller.FindProvenUserId(userContext));
    }

    /// <summary>The executor threw: the caller went away (<paramref name="cancelled"/>), or something unforeseen broke.</summary>
    public void Failed(bool cancelled) =>
        End(cancelled ? OperationOutcome.Cancelled : OperationOutcome.Error,
            cancelled ? [] : [ErrorCodes.InternalServerError], caller.Principal.FindUserId());

    public void Dispose() => activity?.Dispose();

    private void End(string outcome, string[] codes, Guid? userId)
    {
        if (ended)
        {
            return;
        }

        ended = true;
        var duration = Stopwatch.GetElapsedTime(startedAt);
        var tags = new TagList
        {
            { MentorshipTelemetry.Tags.Outcome, outcome },
        };
        if (OperationChosen)
        {
            // Only names the engine found in a document: a request that never parsed could name anything.
            tags.Add(MentorshipTelemetry.Tags.OperationType, operationType);
            if (operationName is not null)
            {
                tags.Add(MentorshipTelemetry.Tags.OperationName, operationName);
            }
        }

        if (codes.Length > 0)
        {
            tags.Add(MentorshipTelemetry.Tags.ErrorType, codes[0]);
        }

        metrics.OperationEnded(tags, duration);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(MentorshipTelemetry.Tags.Outcome, outcome);
            if (codes.Length > 0)
            {
                activity.SetTag(MentorshipTelemetry.Tags.ErrorCodes, codes);
                activity.SetTag(MentorshipTelemetry.Tags.ErrorType, codes[0]);
            }

            if (outcome == OperationOutcome.Error)
            {
                // The code only: exception messages may hold connection strings and the like.
                activity.SetStatus(ActivityStatusCode.Error, codes[0]);
            }
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            var errorCodes = string.Join(',', codes);
            var user = userId?.ToString() ?? "(none)";
            OperationLog.Ended(logger, operationType ?? "(unknown)", operationName ?? "(anonymous)", outcome, duration.TotalMilliseconds, errorCodes, user);
        }
    }
}
