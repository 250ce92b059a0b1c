using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Features.Profiles;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Users;

public sealed class UserType : ObjectGraphType<User>
{
    public UserType(IEnumerable<ITypeExtension<UserType>> extensions)
    {
        Name = "User";
        Description = "A person on the platform.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The user's id.").Resolve(c => c.Source.Id);
        Field<StringGraphType>("email")
            .Description("The sign-in address. Visible only to the user and to admins; null for everyone else.")
            .Resolve(c => c.CurrentUserIsAdmin() || c.IsCaller(c.Source.Id) ? c.Source.Email : null);
        Field<NonNullGraphType<RoleType>>("role").Description("The user's role.").Resolve(c => c.Source.Role);
        Field(u => u.IsActive).Description("False once an admin has deactivated the user.");
        Field<NonNullGraphType<DateTimeType>>("createdAt").Description("When the user signed up.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<ProfileType>>("profile").Description("The user's public profile.").Resolve(c => c.Source.Profile);
        foreach (var extension in extensions)
        {
            extension.Extend(this);
        }
    }
}
