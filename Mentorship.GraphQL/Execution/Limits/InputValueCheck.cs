using System.Collections;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Mentorship.GraphQL.Schema;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Execution.Limits;

/// <summary>
/// Two checks on every input value a request carries — each variable and each argument written in the document,
/// whatever its type, for every field now and later — in one linear pass before any rule or resolver sees them:
/// <list type="bullet">
/// <item>No list holds more than <see cref="GraphQLLimits.MaxListItems"/> items, so no resolver can be handed more
/// items than it was written for; each field's own, smaller limit is then checked by its rule.</item>
/// <item>No text holds a NUL character or half of a surrogate pair. PostgreSQL cannot store either (its text is
/// UTF-8 without NUL), so such a value would otherwise fail deep in a query as an internal error.</item>
/// </list>
/// Both are refused with <c>BAD_USER_INPUT</c> naming the value, such as <c>$input.skills[3]</c> or
/// <c>where.search</c> of <c>mentors</c>: a top-level error rather than a payload's <c>InvalidInputError</c>, because
/// the value is malformed for every field (like a value of the wrong type, which GraphQL refuses the same way) and
/// the check holds for each field without code of its own.
/// </summary>
internal sealed class InputValueCheck(GraphQLDocument document, int maxListItems)
{
    /// <summary>Why the request's input values are refused, or null when they are all acceptable.</summary>
    public static ValidationError? Refusal(GraphQLDocument document, Inputs variables, GraphQLLimits limits)
    {
        var check = new InputValueCheck(document, limits.MaxListItems);
        foreach (var (name, value) in variables)
        {
            if (check.FaultIn(value, $"${name}") is { } fault)
            {
                return check.Refuse(fault, null, null);
            }
        }

        foreach (var definition in document.Definitions)
        {
            if (check.InDefinition(definition) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private ValidationError Refuse(Fault fault, string? owner, ASTNode? node)
    {
        var subject = owner is null ? $"`{fault.Path}`" : $"`{fault.Path}` of {owner}";
        var message = fault.ItemCount is { } count
            ? $"{subject} holds {count} items; a list may hold at most {maxListItems}."
            : $"{subject} holds a NUL character (\\u0000) or half of a surrogate pair, which no text field accepts.";
        return new ValidationError(document.Source, null, message, node is null ? [] : [node]) { Code = ErrorCodes.BadUserInput };
    }

    /// <summary>A variable's value, as the transport read it from JSON: null, scalars, strings, lists and maps.</summary>
    private Fault? FaultIn(object? value, string path)
    {
        switch (value)
        {
            case string text:
                return StorableText.IsStorable(text) ? null : new Fault(path, null);
            case IDictionary<string, object?> fields:
                foreach (var (name, field) in fields)
                {
                    if (FaultIn(field, $"{path}.{name}") is { } fault)
                    {
                        return fault;
                    }
                }

                return null;
            case IList items:
                if (items.Count > maxListItems)
                {
                    return new Fault(path, items.Count);
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (FaultIn(items[i], $"{path}[{i}]") is { } fault)
                    {
                        return fault;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>A value written in the document.</summary>
    private Fault? FaultIn(GraphQLValue value, string path)
    {
        switch (value)
        {
            case GraphQLStringValue text:
                return StorableText.IsStorable(text.Value.Span) ? null : new Fault(path, null);
            case GraphQLObjectValue fields:
                foreach (var field in fields.Fields ?? [])
                {
                    if (FaultIn(field.Value, $"{path}.{field.Name.StringValue}") is { } fault)
                    {
                        return fault;
                    }
                }

                return null;
            case GraphQLListValue { Values: { } items }:
                if (items.Count > maxListItems)
                {
                    return new Fault(path, items.Count);
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (FaultIn(items[i], $"{path}[{i}]") is { } fault)
                    {
                        return fault;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private ValidationError? InDefinition(ASTNode definition)
    {
        switch (definition)
        {
            case GraphQLOperationDefinition operation:
                foreach (var variable in operation.Variables?.Items ?? [])
                {
                    if (variable.DefaultValue is { } value && FaultIn(value, $"${variable.Variable.Name.StringValue}") is { } fault)
                    {
                        return Refuse(fault, "the variable's default", variable);
                    }
                }

                return InDirectives(operation) ?? InSelections(operation.SelectionSet);
            case GraphQLFragmentDefinition fragment:
                return InDirectives(fragment) ?? InSelections(fragment.SelectionSet);
            default:
                return null;
        }
    }

    private ValidationError? InSelections(GraphQLSelectionSet? selectionSet)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var refusal = InDirectives(selection) ?? selection switch
            {
                GraphQLField field => InArguments(field.Arguments, $"`{field.Name.StringValue}`") ?? InSelections(field.SelectionSet),
                GraphQLInlineFragment inline => InSelections(inline.SelectionSet),
                _ => null,
            };
            if (refusal is not null)
            {
                return refusal;
            }
        }

        return null;
    }

    private ValidationError? InDirectives(ASTNode node)
    {
        foreach (var directive in (node as IHasDirectivesNode)?.Directives?.Items ?? [])
        {
            if (InArguments(directive.Arguments, $"`@{directive.Name.StringValue}`") is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private ValidationError? InArguments(GraphQLArguments? arguments, string owner)
    {
        foreach (var argument in arguments?.Items ?? [])
        {
            if (FaultIn(argument.Value, argument.Name.StringValue) is { } fault)
            {
                return Refuse(fault, owner, argument);
            }
        }

        return null;
    }

    /// <summary>Where a value is at fault: a list of <paramref name="ItemCount"/> items, or (null) its text.</summary>
    private readonly record struct Fault(string Path, int? ItemCount);
}
