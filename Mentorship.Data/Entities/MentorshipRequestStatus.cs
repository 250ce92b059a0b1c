namespace Mentorship.Data.Entities;

/// <summary>
/// Where a request stands. <see cref="Pending"/> is the only state that changes: the mentor accepts or
/// declines it, or the mentee withdraws it.
/// </summary>
public enum MentorshipRequestStatus
{
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}
