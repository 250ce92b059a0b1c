namespace Mentorship.Data;

/// <summary>Names of constraints that services translate into typed errors when a race hits them.</summary>
public static class DatabaseConstraints
{
    public const string UserEmailUnique = "ux_users_normalized_email";

    /// <summary>At most one pending, or accepted and still running, request per mentee and mentor.</summary>
    public const string OpenRequestPerPair = "ux_mentorship_requests_open_pair";

    /// <summary>At most one active mentorship per mentor and mentee.</summary>
    public const string ActiveMentorshipPerPair = "ux_mentorships_active_pair";
}
