namespace Mentorship.Data.Entities;

/// <summary>
/// Failed sign-ins for one normalised email from every address together, in a fixed window: the ceiling against
/// guessing spread over many addresses, far above what one address may try.
/// </summary>
public sealed class SignInAccountThrottle
{
    public required string NormalizedEmail { get; set; }

    /// <summary>When the current window began; failures before it no longer count.</summary>
    public DateTimeOffset WindowStartedAt { get; set; }

    /// <summary>Failed attempts in the current window (attempts are counted before their password is checked, and a success takes its own back).</summary>
    public int FailureCount { get; set; }
}
