namespace Mentorship.Data.Entities;

/// <summary>
/// A mentor's weekly schedule: the IANA time zone its blocks are read in, and the blocks. One per mentor;
/// setting it replaces the zone and every block at once.
/// </summary>
public sealed class WeeklyAvailability
{
    public Guid MentorId { get; set; }

    /// <summary>An IANA time zone name, such as <c>Europe/Berlin</c>; the blocks are wall-clock times there.</summary>
    public required string TimeZone { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<AvailabilityBlock> Blocks { get; set; } = [];

    public User Mentor { get; set; } = null!;
}
