namespace Mentorship.Data.Entities;

/// <summary>
/// A mentee's rating of one completed session, at most one per session. <see cref="MentorId"/> and
/// <see cref="MenteeId"/> repeat the session's, so a mentor's feedback list reads one index. Whoever records
/// feedback also adds it to the mentor's <see cref="Profile.RatingCount"/> and <see cref="Profile.RatingSum"/>.
/// </summary>
public sealed class Feedback
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid MentorId { get; set; }

    public Guid MenteeId { get; set; }

    /// <summary>From <see cref="FeedbackLimits.MinRating"/> to <see cref="FeedbackLimits.MaxRating"/>.</summary>
    public short Rating { get; set; }

    public string? Comment { get; set; }

    /// <summary>Whether others may see who wrote it; anonymous unless the mentee chooses otherwise.</summary>
    public bool ShowMenteeName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Session Session { get; set; } = null!;

    public User Mentor { get; set; } = null!;

    public User Mentee { get; set; } = null!;
}
