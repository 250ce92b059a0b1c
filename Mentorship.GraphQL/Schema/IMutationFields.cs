using GraphQL.Types;

namespace Mentorship.GraphQL.Schema;

/// <summary>A feature's fields on the root <c>Mutation</c> type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
