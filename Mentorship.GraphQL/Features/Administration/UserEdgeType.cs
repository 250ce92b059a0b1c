using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class UserEdgeType : EdgeType<UserType, User>
{
    public UserEdgeType()
        : base("UserEdge", "The user.")
    {
    }
}
