using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Observability;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Execution;

/// <summary>Runs one GraphQL request for one caller, whatever transport it came over, and observes it (span, metrics, log line).</summary>
public sealed class GraphQLExecutor(IDocumentExecuter<MentorshipSchema> executer, GraphQLOperationTelemetry telemetry)
{
    /// <param name="source">The client's address and the credential-check gate of its HTTP request or socket.</param>
    /// <param name="transportRule">A rule only this transport imposes, such as "no mutations over GET"; added to the standard ones.</param>
    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        Authentication caller,
        RequestSource source,
        IServiceProvider requestServices,
        CancellationToken cancellationToken,
        IValidationRule? transportRule = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(source);
        var userContext = new Dictionary<string, object?>();
        source.AddTo(userContext);

        // The operation's span is current while it runs, so the SQL its resolvers send becomes its children.
        using var observation = telemetry.Begin(request, caller);
        var options = new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = caller.Principal,
            UserContext = userContext,
            RequestServices = requestServices,
            CancellationToken = cancellationToken,
            ValidationRules = transportRule is null ? null : DocumentValidator.CoreRules.Append(transportRule),
            // The transport's rule depends on the request (its HTTP method), so it holds for cached documents too.
            CachedDocumentValidationRules = transportRule is null ? null : [transportRule],
        };
        options.Listeners.Add(observation);
        try
        {
            var result = await executer.ExecuteAsync(options);
            observation.Answered(result, options.UserContext);
            return result;
        }
        catch (Exception)
        {
            observation.Failed(cancelled: cancellationToken.IsCancellationRequested);
            throw;
        }
        finally
        {
            source.CredentialChecks.LeaveIfHeldBy(userContext);
        }
    }
}
