using Mentorship.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.GraphQL.Health;

/// <summary>Ready means the database answers: a connection is opened and <c>SELECT 1</c> runs.</summary>
public sealed class DatabaseHealthCheck(MentorshipDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception goes to the log through the health check service; the response says only "Unhealthy".
            return HealthCheckResult.Unhealthy("The database cannot be reached.", exception);
        }
    }
}
