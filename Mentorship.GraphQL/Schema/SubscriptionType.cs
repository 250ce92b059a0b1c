using GraphQL.Types;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Schema;

/// <summary>The root subscription type, assembled from every feature's <see cref="ISubscriptionFields"/>.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> features)
    {
        Name = "Subscription";
        Description = "Live updates over WebSocket (graphql-transport-ws).";
        this.AddFeatureFields("Subscriptions");
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
