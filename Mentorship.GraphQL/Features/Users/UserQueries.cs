using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Users;

public sealed class UserQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<UserType>("me")
            .Description("The signed-in user.")
            .Authorize()
            .ResolveAsync(async c => await c.Service<UserService>().FindAsync(c.CurrentUserId(), c.CancellationToken));

        query.Field<UserType>("user")
            .Description("A user by id, or null when there is none.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id", "The user's id.")
            .ResolveAsync(async c => await c.Service<UserService>().FindAsync(c.GetArgument<Guid>("id"), c.CancellationToken));
    }
}
