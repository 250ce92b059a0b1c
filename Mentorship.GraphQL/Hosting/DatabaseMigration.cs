using Mentorship.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Mentorship.GraphQL.Hosting;

public static partial class DatabaseMigration
{
    /// <summary>Applies pending migrations; <c>./mentorship migrate</c> (and <c>run</c>) call it as <c>Mentorship.GraphQL migrate</c>.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
        await CreateHistoryTableIfMissingAsync(db);
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        LogMigrated(app.Logger, pending.Count, pending);
    }

    /// <summary>
    /// EF Core learns whether its history table exists by reading it, and logs the failed read on a new database as an
    /// error (at <c>Microsoft.EntityFrameworkCore.Database.Command</c>), which reads as a failure to whoever starts the
    /// server for the first time. Asking the catalog first, and creating the empty table EF Core would create anyway,
    /// leaves those logs for real failures.
    /// </summary>
    private static async Task CreateHistoryTableIfMissingAsync(MentorshipDbContext db)
    {
        var table = $"\"{HistoryRepository.DefaultTableName}\"";
        var exists = await db.Database.SqlQuery<bool>($"SELECT to_regclass({table}) IS NOT NULL AS \"Value\"").SingleAsync();
        if (exists)
        {
            return;
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript());
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
            // Another instance, starting at the same moment, created it first.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) {Migrations}")]
    private static partial void LogMigrated(ILogger logger, int count, IReadOnlyList<string> migrations);
}
