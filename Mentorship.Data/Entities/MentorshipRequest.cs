namespace Mentorship.Data.Entities;

/// <summary>A mentee asking a mentor for mentorship. Rows are never deleted; each change stamps who and when.</summary>
public sealed class MentorshipRequest
{
    public Guid Id { get; set; }

    public Guid MenteeId { get; set; }

    public Guid MentorId { get; set; }

    public string? Message { get; set; }

    public MentorshipRequestStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the request left <see cref="MentorshipRequestStatus.Pending"/>.</summary>
    public DateTimeOffset? RespondedAt { get; set; }

    /// <summary>Who moved it out of pending: the mentor (accept, decline) or the mentee (withdraw).</summary>
    public Guid? RespondedById { get; set; }

    public string? DeclineReason { get; set; }

    /// <summary>
    /// For an accepted request, when the mentorship it started ended. From then on the request no longer
    /// blocks the pair from a new one.
    /// </summary>
    public DateTimeOffset? MentorshipEndedAt { get; set; }

    public User Mentee { get; set; } = null!;

    public User Mentor { get; set; } = null!;
}
