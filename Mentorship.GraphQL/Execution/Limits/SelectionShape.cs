using GraphQL.Validation;
using GraphQLParser.AST;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Execution.Limits;

/// <summary>
/// How many fields each operation and fragment of a document selects once every fragment spread is replaced by its
/// fragment — with each fragment measured once, so the work is linear in the document's length however often it reuses
/// its fragments. A document of a kilobyte whose fragments each spread the previous one twice selects 2<sup>24</sup>
/// fields after 24 levels: it is refused here, in microseconds, before any validation rule walks it. Within this bound
/// every rule that expands fragments (the cost analysis, which visits each spread anew, among them) does bounded work,
/// and depth, cost and the rest are left to them.
/// </summary>
/// <remarks>
/// Selections left out by <c>@skip</c> or <c>@include</c> count here: their arguments may be variables, and a document
/// is measured as written.
/// </remarks>
internal sealed class SelectionShape
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> fragments = new(StringComparer.Ordinal);
    private readonly int maxFields;

    private SelectionShape(GraphQLDocument document, int maxFields)
    {
        this.maxFields = maxFields;

        // Indexed once: looking each spread up in the document would be quadratic in the number of fragments.
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            definitions.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>Why <paramref name="document"/> is refused, or null when every definition in it is within the limits.</summary>
    public static ValidationError? Refusal(GraphQLDocument document, GraphQLLimits limits)
    {
        var shape = new SelectionShape(document, limits.MaxSelectedFields);
        foreach (var definition in document.Definitions)
        {
            var measure = definition switch
            {
                GraphQLOperationDefinition operation => shape.Of(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => shape.OfFragment(fragment.FragmentName.Name.StringValue),
                _ => 0,
            };
            if (measure > limits.MaxSelectedFields)
            {
                return new ValidationError(
                    document.Source,
                    null,
                    $"The document selects more than {limits.MaxSelectedFields} fields once its fragments are expanded; this server accepts at most {limits.MaxSelectedFields}.",
                    definition)
                { Code = ErrorCodes.QueryTooComplex };
            }
        }

        return null;
    }

    /// <summary>The fields <paramref name="selectionSet"/> selects, saturating just past the limit so no count can overflow.</summary>
    private long Of(GraphQLSelectionSet? selectionSet)
    {
        var fields = 0L;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var measure = selection switch
            {
                GraphQLField field => 1 + Of(field.SelectionSet),
                GraphQLInlineFragment inline => Of(inline.SelectionSet),
                GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            };
            fields = Math.Min(fields + measure, maxFields + 1L);
        }

        return fields;
    }

    private long OfFragment(string name)
    {
        if (fragments.TryGetValue(name, out var known))
        {
            return known;
        }

        // Marked empty before measuring, so a fragment cycle (which a validation rule reports) ends here.
        fragments[name] = 0;
        var measure = Of(definitions.GetValueOrDefault(name)?.SelectionSet);
        fragments[name] = measure;
        return measure;
    }
}
