using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Auth;

/// <summary>Role names as they appear in tokens, claims and authorization metadata.</summary>
public static class Roles
{
    public const string Mentee = "MENTEE";
    public const string Mentor = "MENTOR";
    public const string Admin = "ADMIN";

    public static string NameOf(Role role) => role switch
    {
        Role.Mentee => Mentee,
        Role.Mentor => Mentor,
        Role.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
