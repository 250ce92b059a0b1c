using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.GraphQL.Health;

/// <summary>
/// Not ready from the moment the server begins to stop (SIGTERM), so a load balancer sends new traffic elsewhere while
/// in-flight requests finish.
/// </summary>
public sealed class StoppingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("The server is shutting down.")
            : HealthCheckResult.Healthy());
}
