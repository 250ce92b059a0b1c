using GraphQL.Types;

namespace Mentorship.GraphQL.Schema;

/// <summary>A feature's fields on the root <c>Subscription</c> type.</summary>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}
