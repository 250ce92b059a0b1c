using System.ComponentModel.DataAnnotations;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>The account-wide ceiling and the purge of <see cref="SignInThrottleService"/>, bound from the <c>SignInThrottle</c> section.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignInThrottle";

    /// <summary>
    /// Failed sign-ins for one email from all addresses together, per <see cref="AccountWindow"/>, before every sign-in
    /// for it pauses until the window ends: far above what one address may try, so only guessing spread over many
    /// addresses reaches it.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int AccountFailureLimit { get; set; } = 100;

    /// <summary>The fixed window the account-wide failures are counted in.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often each instance deletes throttle rows that no longer count (a bounded delete per batch).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);
}
