using GraphQL.Types;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Schema;

/// <summary>The root query type, assembled from every feature's <see cref="IQueryFields"/>.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Everything a client can read.";
        this.AddFeatureFields("Queries");
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
