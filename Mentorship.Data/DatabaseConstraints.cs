namespace Mentorship.Data;

/// <summary>Names of constraints that services translate into typed errors when a race hits them.</summary>
public static class DatabaseConstraints
{
    public const string UserEmailUnique = "ux_users_normalized_email";
}
