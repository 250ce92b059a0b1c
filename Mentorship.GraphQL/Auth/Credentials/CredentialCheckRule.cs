using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Mentorship.GraphQL.Execution;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Auth.Credentials;

/// <summary>
/// Bounds the password hashing one request can buy. A mutation may select one field marked
/// <see cref="ChecksCredentialsAttribute"/> (<c>signIn</c>, <c>signUp</c>, <c>refreshTokens</c>), aliases and
/// fragments included; it runs only if its HTTP request (a batch counts as one) has not run one before, or its socket
/// is not running one now (<see cref="CredentialCheckGate"/>); and a rate-limited field runs only while its client
/// address is within <see cref="RateLimitOptions"/>. Checked once the document is otherwise valid, so only operations
/// that would run spend the address's permits.
/// </summary>
public sealed class CredentialCheckRule(CredentialRateLimiter rateLimiter) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HasErrors || context.Operation.Operation != OperationType.Mutation || context.Schema.Mutation is not { } mutation)
        {
            return default;
        }

        var checks = new List<(GraphQLField Node, CredentialRateLimit Limit)>();
        Collect(context.Operation.SelectionSet, mutation, context.Document, checks, []);
        if (checks.Count > 1)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                null,
                $"This operation signs in, signs up or refreshes tokens {checks.Count} times; an operation may do one of these once.",
                [.. checks.Select(check => (ASTNode)check.Node)])
            { Code = ErrorCodes.QueryTooComplex });
        }
        else if (checks is [var (node, limit)])
        {
            Admit(context, node, limit);
        }

        return default;
    }

    private void Admit(ValidationContext context, GraphQLField node, CredentialRateLimit limit)
    {
        var source = RequestSource.Of(context.UserContext) ?? new RequestSource("unknown", CredentialCheckGate.OncePerRequest());
        if (!source.CredentialChecks.TryEnter(context.UserContext))
        {
            var gate = source.CredentialChecks;
            context.ReportError(gate.RefusalIsRetryable
                ? new TooManyRequestsError(context.Document, gate.Refusal, retryAfterSeconds: 1, node)
                : new ValidationError(context.Document.Source, null, gate.Refusal, node) { Code = ErrorCodes.BadRequest });
            return;
        }

        if (rateLimiter.TryAcquire(limit, source.ClientAddress) is { } retryAfter)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            var what = limit == CredentialRateLimit.SignUp ? "sign-ups" : "sign-ins";
            context.ReportError(new TooManyRequestsError(
                context.Document, $"Too many {what} from your address. Try again in {seconds} seconds.", seconds, node));
        }
    }

    /// <summary>The credential-checking fields a root selection set selects, each fragment counted once (as it runs once).</summary>
    private static void Collect(
        GraphQLSelectionSet selectionSet,
        IComplexGraphType mutation,
        GraphQLDocument document,
        List<(GraphQLField, CredentialRateLimit)> checks,
        HashSet<string> spreadFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when mutation.GetField(field.Name.StringValue) is { } definition
                    && definition.HasMetadata(ChecksCredentialsAttribute.MetadataKey):
                    checks.Add((field, definition.GetMetadata<CredentialRateLimit>(ChecksCredentialsAttribute.MetadataKey)));
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, mutation, document, checks, spreadFragments);
                    break;
                case GraphQLFragmentSpread spread when spreadFragments.Add(spread.FragmentName.Name.StringValue)
                    && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment:
                    Collect(fragment.SelectionSet, mutation, document, checks, spreadFragments);
                    break;
            }
        }
    }
}
