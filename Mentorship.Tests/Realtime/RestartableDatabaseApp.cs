using Mentorship.Data;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Tests.Realtime;

/// <summary>The server on a PostgreSQL cluster of its own, which the test may stop and start again.</summary>
public sealed class RestartableDatabaseApp : RealtimeTestApp
{
    private ThrowawayCluster cluster = null!;

    /// <summary>Stops the cluster: every session ends, as in a database restart or failover.</summary>
    public Task StopDatabaseAsync() => cluster.StopAsync();

    public async Task StartDatabaseAsync()
    {
        await cluster.StartAsync();
        // The pool's connections died with the old server; the server's next queries get new ones.
        using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    protected override async Task<string> CreateDatabaseAsync()
    {
        cluster = await ThrowawayCluster.CreateAndStartAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(cluster.AdminConnectionString) { Database = "mentorship" }.ConnectionString;
        var options = new DbContextOptionsBuilder<MentorshipDbContext>().UseMentorshipDatabase(connectionString).Options;
        await using var db = new MentorshipDbContext(options);
        await db.Database.MigrateAsync();
        return connectionString;
    }

    protected override Task DropDatabaseAsync(string connectionString) => cluster.StopAsync();
}
