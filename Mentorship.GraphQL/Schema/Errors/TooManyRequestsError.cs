using GraphQL.Validation;
using GraphQLParser.AST;

namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>
/// A request refused before it ran because its client must wait: coded <c>TOO_MANY_REQUESTS</c>, answered over HTTP with
/// status 429 and <c>Retry-After</c>, and carrying <c>extensions.retryAfterSeconds</c>.
/// </summary>
public sealed class TooManyRequestsError : ValidationError
{
    public TooManyRequestsError(GraphQLDocument document, string message, int retryAfterSeconds, ASTNode node)
        : base(document.Source, null, message, node)
    {
        Code = ErrorCodes.TooManyRequests;
        RetryAfterSeconds = retryAfterSeconds;
    }

    /// <summary>Whole seconds until the client may try again; at least 1.</summary>
    public int RetryAfterSeconds { get; }
}
