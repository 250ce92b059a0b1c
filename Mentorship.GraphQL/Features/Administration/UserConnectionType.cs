using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class UserConnectionType : ConnectionType<UserEdgeType, UserType, User>
{
    public UserConnectionType()
        : base("UserConnection", "A page of users, newest first.")
    {
    }
}
