namespace Mentorship.GraphQL.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    /// <summary>
    /// Realtime events between server instances over PostgreSQL <c>LISTEN</c>/<c>NOTIFY</c>: the publisher
    /// features call in their transactions, this instance's subscriber registry, and its listening connection.
    /// </summary>
    public static WebApplicationBuilder AddMentorshipRealtime(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RealtimeOptions>()
            .BindConfiguration(RealtimeOptions.Section)
            .Validate(o => o.ReconnectDelay > TimeSpan.Zero, "Realtime:ReconnectDelay must be positive.")
            .Validate(o => o.MaxReconnectDelay >= o.ReconnectDelay, "Realtime:MaxReconnectDelay must be at least Realtime:ReconnectDelay.")
            .Validate(o => o.HealthCheckInterval > TimeSpan.Zero, "Realtime:HealthCheckInterval must be positive.")
            .Validate(o => o.MaxBatchSize > 0, "Realtime:MaxBatchSize must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RealtimeEventHub>();
        builder.Services.AddHostedService<PostgresEventListener>();
        builder.Services.AddScoped<RealtimeEventPublisher>();
        return builder;
    }
}
