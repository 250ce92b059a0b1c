namespace Mentorship.Data.Entities;

/// <summary>Whether a mentorship is running; either party may end it, and an ended one stays ended.</summary>
public enum MentorshipStatus
{
    Active,
    Ended,
}
