using GraphQL.Validation;
using GraphQLParser.AST;

namespace Mentorship.GraphQL.Auth;

/// <summary>
/// Enforces the authorization metadata of the schema before anything executes. Secure by default: every
/// root field needs a signed-in user unless it is marked <c>AllowAnonymous()</c>; beyond that, fields and
/// types that carry <c>Authorize()</c> or roles demand them. Not signed in gives <c>UNAUTHENTICATED</c>,
/// signed in without a required role gives <c>FORBIDDEN</c>. Only the operation selected for execution is
/// checked, with its fragments, leaving out selections that <c>@skip</c> or <c>@include</c> remove.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    private static readonly INodeVisitor SelectedOperationVisitor = new MatchingNodeVisitor<GraphQLOperationDefinition>(
        (operation, context) =>
        {
            if (operation == context.Operation)
            {
                new OperationAuthorizer(context).Check(operation);
            }
        });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(SelectedOperationVisitor);
}
