namespace Mentorship.Data.Entities;

/// <summary>
/// One issued refresh token, kept only as a hash. Tokens rotated from one sign-in share a
/// <see cref="FamilyId"/>, so reuse of a spent token can revoke the whole family.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid FamilyId { get; set; }

    /// <summary>SHA-256 of the token the client holds.</summary>
    public required byte[] TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public RefreshTokenRevocation? RevokedReason { get; set; }

    /// <summary>The token this one was exchanged for, when it was spent by rotation.</summary>
    public Guid? ReplacedById { get; set; }

    public User User { get; set; } = null!;
}
