using Mentorship.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// One migrated template per test run, and a fresh copy of it for each test class, so classes run in
/// parallel and in any order. Databases made on a shared server are dropped when the run ends.
/// </summary>
internal static class TestDatabases
{
    private static readonly string RunPrefix = $"mentorship_test_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..6]}";
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static readonly SemaphoreSlim CopyLock = new(1, 1);
    private static readonly List<string> Created = [];
    private static int counter;

    /// <summary>A new database holding the current migrations and nothing else; returns its connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        var template = await Template.Value;
        var server = await PostgresServer.GetAsync();
        var name = $"{RunPrefix}_{Interlocked.Increment(ref counter)}";
        await CopyLock.WaitAsync();
        try
        {
            // CREATE DATABASE … TEMPLATE needs the template to itself, so copies are made one at a time.
            await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        }
        finally
        {
            CopyLock.Release();
        }

        Remember(name);
        return server.ConnectionStringFor(name);
    }

    /// <summary>A new database without any migration, as an operator's first start finds it; returns its connection string.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var server = await PostgresServer.GetAsync();
        var name = $"{RunPrefix}_{Interlocked.Increment(ref counter)}";
        await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{name}\"");
        Remember(name);
        return server.ConnectionStringFor(name);
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        var server = await PostgresServer.GetAsync();
        await ExecuteAsync(server.AdminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        lock (Created)
        {
            Created.Remove(name);
        }
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var server = await PostgresServer.GetAsync();
        var name = $"{RunPrefix}_template";
        await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{name}\"");
        Remember(name);
        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionStringFor(name)) { Pooling = false }.ConnectionString;
        var options = new DbContextOptionsBuilder<MentorshipDbContext>().UseMentorshipDatabase(connectionString).Options;
        await using (var db = new MentorshipDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropRemaining(server.AdminConnectionString);
        return name;
    }

    private static void Remember(string name)
    {
        lock (Created)
        {
            Created.Add(name);
        }
    }

    private static void DropRemaining(string adminConnectionString)
    {
        NpgsqlConnection.ClearAllPools();
        string[] names;
        lock (Created)
        {
            names = [.. Created];
        }

        foreach (var name in names)
        {
            try
            {
                ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
            }
            catch (NpgsqlException)
            {
                // The server may already be gone at process exit; a throwaway cluster takes its databases with it.
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
