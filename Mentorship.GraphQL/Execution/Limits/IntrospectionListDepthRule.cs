using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Execution.Limits;

/// <summary>
/// Refuses introspection that nests the list fields <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> and
/// <c>possibleTypes</c> three or more deep (as graphql-js's <c>MaxIntrospectionDepthRule</c> does). The standard
/// introspection queries nest them once; deeper nesting only multiplies the work. Introspection is priced as a
/// whole (<see cref="ComplexityCosts"/>), so this rule is what bounds it.
/// </summary>
public sealed class IntrospectionListDepthRule : ValidationRuleBase
{
    /// <summary>The nesting at which introspection is refused.</summary>
    public const int RefusedNesting = 3;

    private static readonly HashSet<string> ListFields = new(StringComparer.Ordinal) { "fields", "inputFields", "interfaces", "possibleTypes" };

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var measure = new Measure(context.Document);
        foreach (var introspection in FindIntrospectionFields(context.Operation.SelectionSet, context.Document, []))
        {
            if (measure.Nesting(introspection.SelectionSet) >= RefusedNesting)
            {
                context.ReportError(new ValidationError(
                    context.Document.Source,
                    null,
                    $"Introspection nests list fields {RefusedNesting} or more levels deep; the standard introspection query needs one.",
                    introspection)
                { Code = ErrorCodes.QueryTooComplex });
                break;
            }
        }

        return default;
    }

    private static IEnumerable<GraphQLField> FindIntrospectionFields(GraphQLSelectionSet? set, GraphQLDocument document, HashSet<string> visitedFragments)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField { Name.StringValue: "__schema" or "__type" } field:
                    yield return field;
                    break;
                case GraphQLField field:
                    foreach (var found in FindIntrospectionFields(field.SelectionSet, document, visitedFragments))
                    {
                        yield return found;
                    }

                    break;
                case GraphQLInlineFragment inline:
                    foreach (var found in FindIntrospectionFields(inline.SelectionSet, document, visitedFragments))
                    {
                        yield return found;
                    }

                    break;
                case GraphQLFragmentSpread spread when visitedFragments.Add(spread.FragmentName.Name.StringValue):
                    foreach (var found in FindIntrospectionFields(document.FindFragmentDefinition(spread.FragmentName.Name.Value)?.SelectionSet, document, visitedFragments))
                    {
                        yield return found;
                    }

                    break;
            }
        }
    }

    /// <summary>The deepest list nesting below a selection set, each fragment measured once (so reuse cannot blow up).</summary>
    private sealed class Measure(GraphQLDocument document)
    {
        private readonly Dictionary<string, int> fragmentNesting = new(StringComparer.Ordinal);

        public int Nesting(GraphQLSelectionSet? set)
        {
            var deepest = 0;
            foreach (var selection in set?.Selections ?? [])
            {
                var nesting = selection switch
                {
                    GraphQLField field => (ListFields.Contains(field.Name.StringValue) ? 1 : 0) + Nesting(field.SelectionSet),
                    GraphQLInlineFragment inline => Nesting(inline.SelectionSet),
                    GraphQLFragmentSpread spread => FragmentNesting(spread.FragmentName.Name),
                    _ => 0,
                };
                deepest = Math.Max(deepest, nesting);
            }

            return deepest;
        }

        private int FragmentNesting(GraphQLName name)
        {
            var key = name.StringValue;
            if (fragmentNesting.TryGetValue(key, out var known))
            {
                return known;
            }

            // Marked before measuring, so a fragment cycle (refused by another rule) ends here.
            fragmentNesting[key] = 0;
            var nesting = Nesting(document.FindFragmentDefinition(name.Value)?.SelectionSet);
            fragmentNesting[key] = nesting;
            return nesting;
        }
    }
}
