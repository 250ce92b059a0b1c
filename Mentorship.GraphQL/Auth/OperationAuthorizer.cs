using Mentorship.GraphQL.Schema.Errors;
using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Mentorship.GraphQL.Auth;

/// <summary>
/// Walks the selections of one operation, following its fragments, and reports each selected field the
/// caller may not use. A refused field's own selections are not walked, so one refusal gives one error.
/// </summary>
internal sealed class OperationAuthorizer(ValidationContext context)
{
    private readonly ISchema schema = context.Schema;
    private readonly ClaimsPrincipal? user = context.User;
    private readonly HashSet<string> walkedFragments = new(StringComparer.Ordinal);

    public void Check(GraphQLOperationDefinition operation)
    {
        IGraphType? rootType = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => null,
        };

        // A root type the schema lacks is reported by the engine's own rules, as are unknown fields and types below.
        if (rootType is not null)
        {
            CheckSelections(operation.SelectionSet, rootType);
        }
    }

    private void CheckSelections(GraphQLSelectionSet selectionSet, IGraphType parentType)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (IsLeftOutByDirective(selection))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    CheckField(field, parentType);
                    break;
                case GraphQLInlineFragment fragment:
                    CheckFragment(fragment.TypeCondition, fragment.SelectionSet, parentType, fragment);
                    break;
                case GraphQLFragmentSpread spread:
                    // A fragment's outcome does not depend on where it is spread, so each is walked once; this also ends cycles.
                    if (walkedFragments.Add(spread.FragmentName.Name.StringValue)
                        && context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } definition)
                    {
                        CheckFragment(definition.TypeCondition, definition.SelectionSet, parentType, spread);
                    }

                    break;
            }
        }
    }

    private void CheckFragment(GraphQLTypeCondition? condition, GraphQLSelectionSet selectionSet, IGraphType parentType, ASTNode node)
    {
        var type = condition is null ? parentType : schema.AllTypes[condition.Type.Name.StringValue];
        if (type is null)
        {
            return;
        }

        // A root type's own requirements are weighed per root field, where AllowAnonymous may waive them.
        if (!IsRootType(type) && Refusal(type, signInRequired: false) is { } code)
        {
            Report(code, $"the type '{type.Name}'", node);
            return;
        }

        CheckSelections(selectionSet, type);
    }

    private void CheckField(GraphQLField node, IGraphType parentType)
    {
        var name = node.Name.StringValue;

        // __typename, __schema and __type describe the schema rather than its data; anyone may read them.
        if (name.StartsWith("__", StringComparison.Ordinal)
            || parentType is not IComplexGraphType complexType
            || complexType.GetField(name) is not { } field)
        {
            return;
        }

        var fieldType = field.ResolvedType?.GetNamedType();
        var refusal = IsRootType(parentType) && !field.IsAnonymousAllowed()
            ? Refusal(parentType, signInRequired: true)
            : null;
        refusal ??= Refusal(field, signInRequired: false);
        refusal ??= fieldType is null ? null : Refusal(fieldType, signInRequired: false);
        if (refusal is not null)
        {
            Report(refusal, $"the field '{name}'", node);
            return;
        }

        if (node.SelectionSet is not null && fieldType is not null)
        {
            CheckSelections(node.SelectionSet, fieldType);
        }
    }

    /// <summary>The error code when the caller fails the requirements of <paramref name="element"/>; null when it passes.</summary>
    private string? Refusal(IMetadataReader element, bool signInRequired)
    {
        if (!signInRequired && !element.IsAuthorizationRequired())
        {
            return null;
        }

        if (!user.IsSignedIn())
        {
            return ErrorCodes.Unauthenticated;
        }

        // This server decides by role alone; an element naming a policy is refused rather than silently opened.
        if (element.GetPolicies() is { Count: > 0 })
        {
            return ErrorCodes.Forbidden;
        }

        var roles = element.GetRoles();
        return roles is { Count: > 0 } && !roles.Any(user!.IsInRole) ? ErrorCodes.Forbidden : null;
    }

    private bool IsRootType(IGraphType type) => type == schema.Query || type == schema.Mutation || type == schema.Subscription;

    private void Report(string code, string subject, ASTNode node)
    {
        var message = code == ErrorCodes.Unauthenticated
            ? $"Sign in to use {subject}."
            : $"Your role may not use {subject}.";
        context.ReportError(new ValidationError(context.Document.Source, null, message, node) { Code = code });
    }

    private bool IsLeftOutByDirective(ASTNode selection)
    {
        if (selection is not IHasDirectivesNode { Directives: { } directives })
        {
            return false;
        }

        foreach (var directive in directives.Items)
        {
            var condition = IfArgument(directive);
            if ((directive.Name.Value == "skip" && condition == true) || (directive.Name.Value == "include" && condition == false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of a directive's <c>if:</c>, from a literal or a variable; null when it cannot be known (then nothing is left out).</summary>
    private bool? IfArgument(GraphQLDirective directive)
    {
        var value = directive.Arguments?.Items.FirstOrDefault(a => a.Name.Value == "if")?.Value;
        switch (value)
        {
            case GraphQLBooleanValue literal:
                return literal.BoolValue;
            case GraphQLVariable variable:
                var name = variable.Name.StringValue;
                if (context.Variables.TryGetValue(name, out var given))
                {
                    return given as bool?;
                }

                var definition = context.Operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.Value == variable.Name.Value);
                return (definition?.DefaultValue as GraphQLBooleanValue)?.BoolValue;
            default:
                return null;
        }
    }
}
