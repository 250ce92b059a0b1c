namespace Mentorship.Data.Entities;

/// <summary>
/// Failed sign-ins for one normalised email from one client address, whether or not an account has the email, so
/// throttling cannot reveal which addresses are registered and holds across server instances. Keyed by address too,
/// so failures from one place never lock the owner out of signing in from another.
/// </summary>
public sealed class SignInThrottle
{
    public required string NormalizedEmail { get; set; }

    /// <summary>The client's IP address (IPv6 by its /64 network), as the server saw it.</summary>
    public required string ClientAddress { get; set; }

    public int FailureCount { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
