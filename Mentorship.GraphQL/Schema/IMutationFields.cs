using GraphQL.Types;

namespace Mentorship.GraphQL.Schema;

/// <summary>
/// Fields added to the root <c>Mutation</c> type by hand, for hosts that plug in fields of their own (the tests' probes).
/// Features declare theirs as methods instead (see <see cref="RootFields.RootFieldsType{TFields}"/>).
/// </summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
