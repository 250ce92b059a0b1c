using System.Threading.Channels;
using Mentorship.GraphQL.Observability;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Mentorship.GraphQL.Realtime;

/// <summary>
/// The one database connection per server instance that runs <c>LISTEN mentorship_events</c> and hands each
/// notification to the <see cref="RealtimeEventHub"/>. When the connection fails — the database restarts, the
/// backend is terminated, the network path drops — it reconnects with backoff (see
/// <see cref="ReconnectBackoff"/>) for as long as the server runs. It never holds up start-up or HTTP
/// requests: those go through the ordinary connection pool.
/// </summary>
/// <remarks>
/// PostgreSQL keeps no notifications for a session that is not listening, so events committed while the
/// connection is down are not delivered; clients refetch what they show when their socket reconnects.
/// </remarks>
public sealed class PostgresEventListener(
    IConfiguration configuration,
    IOptions<RealtimeOptions> options,
    RealtimeEventHub hub,
    MentorshipMetrics metrics,
    ILogger<PostgresEventListener> logger) : BackgroundService
{
    // Notifications are read on the connection's own loop; handing them over keeps a slow subscriber from
    // delaying the reading of the next one.
    private readonly Channel<string> received = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dispatching = Task.Run(DispatchAsync, CancellationToken.None);
        await ListenWhileRunningAsync(stoppingToken);
        received.Writer.TryComplete();
        await dispatching;
    }

    private async Task ListenWhileRunningAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Mentorship"))
        {
            ApplicationName = RealtimeChannel.ListenerApplicationName,
            // A dedicated connection: a pooled one could be handed back while still listening.
            Pooling = false,
        }.ConnectionString;
        var failedAttempts = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenUntilFailureAsync(connectionString, onListening: () => failedAttempts = 0, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failedAttempts++;
                var delay = ReconnectBackoff.Delay(failedAttempts, options.Value.ReconnectDelay, options.Value.MaxReconnectDelay);
                RealtimeLog.ConnectionLost(logger, exception, failedAttempts, delay);
                metrics.ListenerReconnecting();
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenUntilFailureAsync(string connectionString, Action onListening, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, notification) => received.Writer.TryWrite(notification.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {RealtimeChannel.Name}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        onListening();
        RealtimeLog.Listening(logger, RealtimeChannel.Name);
        while (true)
        {
            if (!await connection.WaitAsync(options.Value.HealthCheckInterval, stoppingToken))
            {
                await using var check = new NpgsqlCommand("SELECT 1", connection);
                await check.ExecuteScalarAsync(stoppingToken);
            }
        }
    }

    /// <summary>
    /// Hands the notifications to the hub in batches: whatever arrived while the previous batch was being delivered,
    /// up to <see cref="RealtimeOptions.MaxBatchSize"/>, in arrival (commit) order. A lone event waits for nothing; a
    /// burst is resolved a batch at a time, with one query per batch instead of one per event and subscriber.
    /// </summary>
    private async Task DispatchAsync()
    {
        var batch = new List<RealtimeEvent>();
        while (await received.Reader.WaitToReadAsync())
        {
            while (batch.Count < options.Value.MaxBatchSize && received.Reader.TryRead(out var payload))
            {
                if (RealtimeEvent.FromPayload(payload) is { } change)
                {
                    batch.Add(change);
                }
                else
                {
                    RealtimeLog.UnknownPayload(logger, RealtimeChannel.Name, payload);
                }
            }

            if (batch.Count > 0)
            {
                await hub.DispatchAsync(batch, CancellationToken.None);
                batch.Clear();
            }
        }
    }
}
