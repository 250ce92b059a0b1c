using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Execution;

/// <summary>Runs one GraphQL request for one caller, whatever transport it came over.</summary>
public sealed class GraphQLExecutor(IDocumentExecuter<MentorshipSchema> executer)
{
    /// <param name="transportRule">A rule only this transport imposes, such as "no mutations over GET"; added to the standard ones.</param>
    public Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        Authentication caller,
        IServiceProvider requestServices,
        CancellationToken cancellationToken,
        IValidationRule? transportRule = null) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = caller.Principal,
            RequestServices = requestServices,
            CancellationToken = cancellationToken,
            ValidationRules = transportRule is null ? null : DocumentValidator.CoreRules.Append(transportRule),
        });
}
