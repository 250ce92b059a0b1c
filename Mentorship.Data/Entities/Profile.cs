namespace Mentorship.Data.Entities;

/// <summary>What a user shows others about themselves; one per user, created at sign-up.</summary>
public sealed class Profile
{
    public Guid UserId { get; set; }

    public required string DisplayName { get; set; }

    public string? Bio { get; set; }

    public List<string> Skills { get; set; } = [];

    public List<string> Goals { get; set; } = [];

    /// <summary>An IANA time zone name, such as <c>Europe/Berlin</c>.</summary>
    public string? TimeZone { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public User User { get; set; } = null!;
}
