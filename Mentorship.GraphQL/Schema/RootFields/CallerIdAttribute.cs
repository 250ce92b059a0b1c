using GraphQL;
using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.RootFields;

/// <summary>Fills a <see cref="Guid"/> parameter of a root field's method with the signed-in user's id; no argument is added.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class CallerIdAttribute : GraphQLAttribute
{
    public override void Modify(ArgumentInformation argumentInformation) =>
        argumentInformation.SetDelegate(context => context.CurrentUserId());
}
