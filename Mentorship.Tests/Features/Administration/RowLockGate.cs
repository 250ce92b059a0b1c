using Npgsql;

namespace Mentorship.Tests.Features.Administration;

/// <summary>
/// Holds row locks on users from a connection of the test's own, so that requests needing those rows all wait at
/// the database; <see cref="OpenAsync"/> lets them go at the same moment. This makes "at the same time" exact: each
/// request has passed authentication and begun its change before any of them can finish.
/// </summary>
internal sealed class RowLockGate : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly string connectionString;

    private RowLockGate(NpgsqlConnection connection, NpgsqlTransaction transaction, string connectionString)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.connectionString = connectionString;
    }

    /// <summary>Locks the users' rows as an update would (<c>FOR NO KEY UPDATE</c>) until the gate opens.</summary>
    public static async Task<RowLockGate> CloseAsync(string connectionString, params Guid[] userIds)
    {
        connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM users WHERE id = ANY(@ids) FOR NO KEY UPDATE", connection, transaction);
        command.Parameters.AddWithValue("ids", userIds);
        await command.ExecuteNonQueryAsync();
        return new RowLockGate(connection, transaction, connectionString);
    }

    /// <summary>Waits until <paramref name="count"/> other sessions of this database wait for a lock.</summary>
    public async Task WaitForWaitersAsync(int count)
    {
        await using var observer = new NpgsqlConnection(connectionString);
        await observer.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", observer);
        var deadline = DateTime.UtcNow + Patience;
        while ((long)(await command.ExecuteScalarAsync())! < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Fewer than {count} requests came to wait at the gate.");
            await Task.Delay(20);
        }
    }

    /// <summary>Changes rows while the gate holds them, as another change that commits just before the waiting requests go on.</summary>
    public async Task ExecuteAsync(string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Releases the locks: every waiting request goes on at once.</summary>
    public Task OpenAsync() => transaction.CommitAsync();

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
