namespace Mentorship.Data.Entities;

/// <summary>What a user shows others about themselves; one per user, created at sign-up.</summary>
public sealed class Profile
{
    public Guid UserId { get; set; }

    public required string DisplayName { get; set; }

    public string? Bio { get; set; }

    /// <summary>Skills as the user wrote them (trimmed, without case-insensitive duplicates), in their order.</summary>
    public List<string> Skills { get; set; } = [];

    /// <summary>
    /// The match keys of <see cref="Skills"/>, item by item: lower-cased with inner whitespace collapsed.
    /// Filters and recommendations compare these, never the display spellings.
    /// </summary>
    public List<string> SkillKeys { get; set; } = [];

    public List<string> Goals { get; set; } = [];

    /// <summary>An IANA time zone name, such as <c>Europe/Berlin</c>.</summary>
    public string? TimeZone { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Display name, bio and skills in one text, kept by the database for the trigram search index.</summary>
    public string SearchText { get; private set; } = string.Empty;

    /// <summary>How many ratings the user has received as a mentor; kept in step by whoever records a rating.</summary>
    public int RatingCount { get; set; }

    /// <summary>The sum of those ratings, so the average stays exact.</summary>
    public int RatingSum { get; set; }

    /// <summary><see cref="RatingSum"/> / <see cref="RatingCount"/>, computed by the database; null without ratings.</summary>
    public double? RatingAverage { get; init; }

    public User User { get; set; } = null!;
}
