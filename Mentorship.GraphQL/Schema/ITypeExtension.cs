using GraphQL.Types;

namespace Mentorship.GraphQL.Schema;

/// <summary>
/// Fields one feature adds to an object type another feature owns (Mentors adds <c>User.rating</c>), so the
/// owner never imports the features that extend it. The extended type takes every extension of itself in its
/// constructor; implementations are found and registered like services.
/// </summary>
public interface ITypeExtension<in TGraphType>
    where TGraphType : IComplexGraphType
{
    void Extend(TGraphType type);
}
