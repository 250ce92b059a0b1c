using GraphQL.Validation.Complexity;

namespace Mentorship.GraphQL.Execution.Limits;

/// <summary>
/// How an operation's cost is estimated before it runs. A field that declares its own cost
/// (<c>.WithComplexityImpact(…)</c>) keeps it; otherwise root fields cost <see cref="GraphQLLimits.RootFieldImpact"/>
/// (each is at least one database round trip, while nested fields are batched by loaders), <c>__schema</c> and
/// <c>__type</c> cost <see cref="GraphQLLimits.IntrospectionImpact"/> for their whole selection (their nesting is
/// bounded by <see cref="IntrospectionListDepthRule"/> instead), and everything else follows GraphQL.NET's default:
/// scalar and object impacts, multiplied by <c>first</c> or the assumed list size for fields under a list.
/// </summary>
internal static class ComplexityCosts
{
    public static void Configure(ComplexityOptions options, GraphQLLimits limits)
    {
        options.MaxDepth = limits.MaxDepth;
        options.MaxComplexity = limits.MaxComplexity;
        options.DefaultScalarImpact = limits.DefaultScalarImpact;
        options.DefaultObjectImpact = limits.DefaultObjectImpact;
        options.DefaultListImpactMultiplier = limits.DefaultListImpactMultiplier;

        var standard = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = field =>
        {
            var name = field.FieldDefinition.Name;
            if (name is "__schema" or "__type")
            {
                return new FieldComplexityResult(limits.IntrospectionImpact, 0);
            }

            var schema = field.ValidationContext.Schema;
            var onRootType = field.ParentType == schema.Query || field.ParentType == schema.Mutation || field.ParentType == schema.Subscription;
            return onRootType && !name.StartsWith("__", StringComparison.Ordinal)
                ? new FieldComplexityResult(limits.RootFieldImpact, standard(field).ChildImpactMultiplier)
                : standard(field);
        };
    }
}
