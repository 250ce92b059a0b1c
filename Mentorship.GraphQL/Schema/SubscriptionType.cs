using GraphQL.Types;

namespace Mentorship.GraphQL.Schema;

/// <summary>The root subscription type, assembled from every feature's <see cref="ISubscriptionFields"/>.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> features)
    {
        Name = "Subscription";
        Description = "Live updates over WebSocket (graphql-transport-ws).";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
