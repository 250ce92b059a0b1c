namespace Mentorship.Data.Entities;

/// <summary>An account: credentials, role and state. Public details live in <see cref="Profile"/>.</summary>
public sealed class User
{
    public Guid Id { get; set; }

    /// <summary>The address as the user typed it, trimmed.</summary>
    public required string Email { get; set; }

    /// <summary>Lower-cased <see cref="Email"/>; unique, so addresses compare case-insensitively.</summary>
    public required string NormalizedEmail { get; set; }

    public required string PasswordHash { get; set; }

    public Role Role { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>Changes whenever existing access tokens must stop working (sign-out everywhere, deactivation, a role change).</summary>
    public Guid SecurityStamp { get; set; }

    public Profile Profile { get; set; } = null!;
}
