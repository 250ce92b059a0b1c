namespace Mentorship.Data.Entities;

/// <summary>
/// A booked meeting of a mentor and a mentee within their mentorship. Rows are never deleted; cancelling stamps
/// who, when and why. Two scheduled sessions of one mentor, or of one mentee, never overlap: the database refuses
/// them (<see cref="DatabaseConstraints.MentorSessionOverlap"/>, <see cref="DatabaseConstraints.MenteeSessionOverlap"/>).
/// </summary>
public sealed class Session
{
    public Guid Id { get; set; }

    public Guid MentorId { get; set; }

    public Guid MenteeId { get; set; }

    /// <summary>The mentorship it belongs to; its mentor and mentee must be this session's.</summary>
    public Guid MentorshipId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    /// <summary>The end, exclusive: a session ending at 10:00 and one starting at 10:00 do not overlap.</summary>
    public DateTimeOffset EndsAt { get; set; }

    public SessionStatus Status { get; set; }

    public string? Agenda { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>The party who cancelled: the mentor or the mentee.</summary>
    public Guid? CancelledById { get; set; }

    public string? CancellationReason { get; set; }

    public User Mentor { get; set; } = null!;

    public User Mentee { get; set; } = null!;

    public Pairing Mentorship { get; set; } = null!;

    public Feedback? Feedback { get; set; }
}
