using Npgsql;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests run against: the one named by <c>MENTORSHIP_TEST_CONNECTION</c>, or else a
/// <see cref="ThrowawayCluster"/> started for the test run.
/// </summary>
internal sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private PostgresServer(string adminConnectionString) => AdminConnectionString = adminConnectionString;

    /// <summary>A superuser connection to the maintenance database.</summary>
    public string AdminConnectionString { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    private static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("MENTORSHIP_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PostgresServer(configured);
        }

        var cluster = await ThrowawayCluster.CreateAndStartAsync();
        return new PostgresServer(cluster.AdminConnectionString);
    }
}
