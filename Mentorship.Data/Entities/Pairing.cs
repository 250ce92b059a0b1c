namespace Mentorship.Data.Entities;

/// <summary>
/// A mentorship: a mentor and a mentee working together, started by accepting a request. Its one name in C# is
/// <c>Pairing</c> (entity, <c>DbSet Pairings</c>, <c>PairingService</c>, <c>PairingType</c>), since
/// <c>Mentorship</c> is the root namespace; its table is <c>mentorships</c> and its GraphQL type <c>Mentorship</c>.
/// </summary>
public sealed class Pairing
{
    public Guid Id { get; set; }

    public Guid MentorId { get; set; }

    public Guid MenteeId { get; set; }

    /// <summary>The accepted request that started it; one mentorship per request.</summary>
    public Guid RequestId { get; set; }

    public MentorshipStatus Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public Guid? EndedById { get; set; }

    public User Mentor { get; set; } = null!;

    public User Mentee { get; set; } = null!;

    public MentorshipRequest Request { get; set; } = null!;
}
