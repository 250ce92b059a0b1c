using GraphQL.Types;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Schema;

/// <summary>The root mutation type, assembled from every feature's <see cref="IMutationFields"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "Everything a client can change. Each mutation takes one `input` and returns a payload whose `errors` lists domain refusals.";
        this.AddFeatureFields("Mutations");
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
