using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.RootFields;

/// <summary>Finds the features' <c>…Queries</c>, <c>…Mutations</c> and <c>…Subscriptions</c> classes and copies their fields into a root type.</summary>
public static class FeatureRootFields
{
    private static readonly string FeatureNamespace =
        typeof(FeatureRootFields).Namespace!.Replace(".Schema.RootFields", ".Features", StringComparison.Ordinal);

    /// <summary>Adds the fields of every feature class whose name ends in <paramref name="classSuffix"/>.</summary>
    public static void AddFeatureFields(this ObjectGraphType root, string classSuffix)
    {
        var classes = typeof(FeatureRootFields).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericType: false }
                && t.Namespace?.StartsWith(FeatureNamespace, StringComparison.Ordinal) == true
                && t.Name.EndsWith(classSuffix, StringComparison.Ordinal))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in classes)
        {
            var fields = (IComplexGraphType)Activator.CreateInstance(typeof(RootFieldsType<>).MakeGenericType(type))!;
            foreach (var field in fields.Fields)
            {
                root.AddField(field);
            }
        }
    }
}
