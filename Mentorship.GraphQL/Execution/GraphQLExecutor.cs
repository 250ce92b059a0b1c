using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Execution;

/// <summary>Runs one GraphQL request for one caller, whatever transport it came over.</summary>
public sealed class GraphQLExecutor(IDocumentExecuter<MentorshipSchema> executer)
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
        try
        {
            return await executer.ExecuteAsync(new ExecutionOptions
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
            });
        }
        finally
        {
            source.CredentialChecks.LeaveIfHeldBy(userContext);
        }
    }
}
