using GraphQL.Types;

namespace Mentorship.GraphQL.Schema;

/// <summary>A feature's fields on the root <c>Query</c> type.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
