using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Auth.Credentials;

/// <summary>
/// ASP.NET Core's rate limiter (<see cref="PartitionedRateLimiter"/>, fixed windows partitioned by client address) for
/// the fields marked <see cref="ChecksCredentialsAttribute"/>. The middleware form cannot be used: one endpoint serves
/// every GraphQL request, and only the parsed document says whether a request signs in. Idle partitions are dropped
/// by the limiter itself, so the addresses it remembers do not grow without end.
/// </summary>
public sealed class CredentialRateLimiter : IDisposable
{
    private readonly Dictionary<CredentialRateLimit, (PartitionedRateLimiter<string> Limiter, TimeSpan Window)> limiters;

    public CredentialRateLimiter(IOptions<RateLimitOptions> options)
    {
        var configured = options.Value;
        limiters = new()
        {
            [CredentialRateLimit.SignIn] = Create(configured.SignIn),
            [CredentialRateLimit.SignUp] = Create(configured.SignUp),
        };
    }

    /// <summary>Takes a permit for <paramref name="clientAddress"/>: null when granted, else how long until the next one.</summary>
    public TimeSpan? TryAcquire(CredentialRateLimit limit, string clientAddress)
    {
        if (!limiters.TryGetValue(limit, out var entry))
        {
            return null;
        }

        using var lease = entry.Limiter.AttemptAcquire(clientAddress);
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter
            : entry.Window;
    }

    public void Dispose()
    {
        foreach (var (limiter, _) in limiters.Values)
        {
            limiter.Dispose();
        }
    }

    private static (PartitionedRateLimiter<string>, TimeSpan) Create(RateLimitWindow window) =>
        (PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = window.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        })), window.Window);
}
