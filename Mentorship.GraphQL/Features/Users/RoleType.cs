using GraphQL.Types;
using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Users;

public sealed class RoleType : EnumerationGraphType<Role>
{
    public RoleType()
    {
        Name = "Role";
        Description = "The one role a user holds.";
        Values["MENTEE"]!.Description = "Looks for mentors, sends mentorship requests, books sessions.";
        Values["MENTOR"]!.Description = "Offers mentoring: answers requests, keeps a weekly availability.";
        Values["ADMIN"]!.Description = "Runs the platform. Nobody signs up as an admin.";
    }
}
