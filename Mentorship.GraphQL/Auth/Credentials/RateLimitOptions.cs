using System.ComponentModel.DataAnnotations;

namespace Mentorship.GraphQL.Auth.Credentials;

/// <summary>
/// How often one client address may sign in and sign up, bound from the <c>RateLimits</c> configuration section. Each
/// server instance counts for itself (the database-backed sign-in throttle is what holds across instances); behind a
/// proxy, let ASP.NET Core read the client's address from <c>X-Forwarded-For</c>, or every client shares the proxy's.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary><c>signIn</c> attempts per address, wrong passwords and right ones alike.</summary>
    public RateLimitWindow SignIn { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary><c>signUp</c> attempts per address.</summary>
    public RateLimitWindow SignUp { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromHours(1) };
}

/// <summary>At most <see cref="PermitLimit"/> requests per fixed <see cref="Window"/>.</summary>
public sealed class RateLimitWindow
{
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan Window { get; set; }
}
