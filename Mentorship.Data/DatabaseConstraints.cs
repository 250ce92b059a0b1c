namespace Mentorship.Data;

/// <summary>Names of constraints that services translate into typed errors when a race hits them.</summary>
public static class DatabaseConstraints
{
    public const string UserEmailUnique = "ux_users_normalized_email";

    /// <summary>At most one pending, or accepted and still running, request per mentee and mentor.</summary>
    public const string OpenRequestPerPair = "ux_mentorship_requests_open_pair";

    /// <summary>At most one active mentorship per mentor and mentee.</summary>
    public const string ActiveMentorshipPerPair = "ux_mentorships_active_pair";

    /// <summary>
    /// Two scheduled sessions of one mentor never overlap (touching is fine): an exclusion constraint, violated with
    /// SQLSTATE 23P01 (<c>PostgresErrorCodes.ExclusionViolation</c>).
    /// </summary>
    public const string MentorSessionOverlap = "ex_sessions_mentor_overlap";

    /// <summary>The same for the mentee of a session.</summary>
    public const string MenteeSessionOverlap = "ex_sessions_mentee_overlap";

    /// <summary>At most one feedback per session: a unique index, violated with SQLSTATE 23505.</summary>
    public const string FeedbackPerSession = "ux_feedback_session_id";

    /// <summary>
    /// Blocks of one mentor and day never overlap: a deferred exclusion constraint, checked at commit, so a schedule
    /// can be replaced by deleting and inserting in one transaction in any order. The service checks it first;
    /// this is the backstop.
    /// </summary>
    public const string AvailabilityBlockOverlap = "ex_availability_blocks_overlap";
}
