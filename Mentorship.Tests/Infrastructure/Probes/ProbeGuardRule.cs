using GraphQL.Validation;
using GraphQLParser.AST;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.Tests.Infrastructure.Probes;

/// <summary>Stands in for an authorization rule: refuses two probe fields during validation, as such a rule does.</summary>
public sealed class ProbeGuardRule : ValidationRuleBase
{
    public const string ForbiddenField = "probeForbidden";
    public const string UnauthenticatedField = "probeUnauthenticated";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            var code = field.Name.StringValue switch
            {
                ForbiddenField => ErrorCodes.Forbidden,
                UnauthenticatedField => ErrorCodes.Unauthenticated,
                _ => null,
            };
            if (code is not null)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null, $"Refused by the probe guard: {code}.", field) { Code = code });
            }
        }));
}
