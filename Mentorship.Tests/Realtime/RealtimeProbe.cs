using System.Text.Json;
using Mentorship.Data;
using Mentorship.GraphQL.Realtime;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Infrastructure.Probes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentorship.Tests.Realtime;

/// <summary>Publishing probe events and watching a server's subscribers and listening connections, for the realtime tests.</summary>
public static class RealtimeProbe
{
    public const string Subscription = "subscription { probeEvents }";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Publishes a probe event for <paramref name="recipients"/> through <paramref name="app"/>'s publisher in a transaction that commits, or rolls back.</summary>
    public static async Task<Guid> PublishAsync(MentorshipApp app, IReadOnlyList<Guid> recipients, bool commit = true)
    {
        var subject = Guid.NewGuid();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<RealtimeEventPublisher>()
            .PublishAsync(new RealtimeEvent(ProbeSubscriptionFields.Kind, subject, recipients), CancellationToken.None);
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return subject;
    }

    /// <summary>Sends a raw notification on the events channel, as anything with access to the database could.</summary>
    public static async Task NotifyRawAsync(MentorshipApp app, string payload)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        notify.Parameters.AddWithValue("channel", RealtimeChannel.Name);
        notify.Parameters.AddWithValue("payload", payload);
        await notify.ExecuteNonQueryAsync();
    }

    /// <summary>The probe event's subject id in a <c>next</c> message.</summary>
    public static Guid SubjectOf(JsonElement next) =>
        Guid.Parse(next.GetProperty("payload").GetProperty("data").GetProperty("probeEvents").GetString()!);

    /// <summary>Waits until <paramref name="app"/> holds exactly <paramref name="count"/> subscriptions.</summary>
    public static async Task WaitForSubscribersAsync(MentorshipApp app, int count)
    {
        var hub = app.Services.GetRequiredService<RealtimeEventHub>();
        await WaitUntilAsync(() => Task.FromResult(hub.SubscriberCount == count),
            () => $"expected {count} subscriptions, the server holds {hub.SubscriberCount}");
    }

    /// <summary>
    /// Waits until <paramref name="count"/> listening connections are on the database and each has run its
    /// <c>LISTEN</c>, none of them among <paramref name="replaced"/>; returns their backend pids.
    /// </summary>
    public static async Task<IReadOnlyList<int>> WaitForListenersAsync(string connectionString, int count, IReadOnlyCollection<int>? replaced = null)
    {
        IReadOnlyList<int> listening = [];
        await WaitUntilAsync(async () =>
        {
            listening = await ListenerPidsAsync(connectionString, onlyListening: true);
            return listening.Count == count && !listening.Any(pid => replaced?.Contains(pid) == true);
        }, () => $"expected {count} new listening connections, found pids [{string.Join(", ", listening)}]");
        return listening;
    }

    /// <summary>The backend pids of the listening connections on the database (all of them, or those past their <c>LISTEN</c>).</summary>
    public static async Task<IReadOnlyList<int>> ListenerPidsAsync(string connectionString, bool onlyListening = false)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand(
                """
                SELECT pid FROM pg_stat_activity
                WHERE datname = current_database() AND application_name = @name
                  AND (NOT @onlyListening OR (state = 'idle' AND query <> ''))
                ORDER BY pid
                """, connection);
            query.Parameters.AddWithValue("name", RealtimeChannel.ListenerApplicationName);
            query.Parameters.AddWithValue("onlyListening", onlyListening);
            var pids = new List<int>();
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                pids.Add(reader.GetInt32(0));
            }

            return pids;
        }
        catch (NpgsqlException)
        {
            // The database is still starting.
            return [];
        }
    }

    /// <summary>Ends a backend, as an operator's <c>pg_terminate_backend</c> or a failover does.</summary>
    public static async Task TerminateAsync(string connectionString, int pid)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", connection);
        terminate.Parameters.AddWithValue("pid", pid);
        Assert.True((bool)(await terminate.ExecuteScalarAsync())!, $"backend {pid} was not terminated");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> failure)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"Gave up waiting after {Patience.TotalSeconds} s: {failure()}");
            }

            await Task.Delay(20);
        }
    }
}
