using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Mentorship.GraphQL.Health;

public static class HealthExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    /// <summary>The checks behind <see cref="ReadyPath"/>: the server is not stopping, and the database answers.</summary>
    public static WebApplicationBuilder AddMentorshipHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<StoppingHealthCheck>("stopping", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    /// <summary>
    /// <c>/health/live</c>: 200 whenever the process serves requests (no checks, so a database outage does not get the
    /// process restarted). <c>/health/ready</c>: 200 when the database answers and the server is not stopping, else 503,
    /// so a load balancer stops sending traffic.
    /// </summary>
    public static WebApplication MapMentorshipHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
