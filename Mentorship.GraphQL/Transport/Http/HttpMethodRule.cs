using GraphQL.Validation;
using GraphQLParser.AST;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Transport.Http;

/// <summary>
/// What HTTP may run: never a subscription (those live on the WebSocket), and over GET only queries, since GET must
/// stay safe (GraphQL over HTTP answers a mutation over GET with 405). Checked as a validation rule, so the selected
/// operation is known and nothing has run yet.
/// </summary>
public sealed class HttpMethodRule : ValidationRuleBase
{
    private HttpMethodRule(bool allowsMutations) => AllowsMutations = allowsMutations;

    public static HttpMethodRule ForGet { get; } = new(allowsMutations: false);

    public static HttpMethodRule ForPost { get; } = new(allowsMutations: true);

    public bool AllowsMutations { get; }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operation = context.Operation;
        if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                null,
                $"Subscriptions are not served over HTTP. Open a WebSocket to {GraphQLHttpEndpoint.Path} with the subprotocol 'graphql-transport-ws'.",
                operation)
            { Code = ErrorCodes.BadRequest });
        }
        else if (operation.Operation == OperationType.Mutation && !AllowsMutations)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                null,
                "Mutations cannot be sent with GET; send them with POST.",
                operation)
            { Code = ErrorCodes.MethodNotAllowed });
        }

        return default;
    }
}
