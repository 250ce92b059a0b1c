namespace Mentorship.Data.Entities;

/// <summary>
/// Failed sign-ins for one normalised email, whether or not an account has it, so throttling
/// cannot reveal which addresses are registered and holds across server instances.
/// </summary>
public sealed class SignInThrottle
{
    public required string NormalizedEmail { get; set; }

    public int FailureCount { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
