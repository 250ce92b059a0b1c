using GraphQL.Types;
using Mentorship.GraphQL.Features.Users;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class UserRoleCountType : ObjectGraphType<UserRoleCount>
{
    public UserRoleCountType()
    {
        Name = "UserRoleCount";
        Description = "How many users hold a role.";
        Field<NonNullGraphType<RoleType>>("role").Description("The role.").Resolve(c => c.Source.Role);
        Field(r => r.Count).Description("How many users hold it.");
    }
}
