using Mentorship.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Hosting;

public static partial class DatabaseMigration
{
    /// <summary>Applies pending migrations; <c>./mentorship migrate</c> (and <c>run</c>) call it as <c>Mentorship.GraphQL migrate</c>.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        LogMigrated(app.Logger, pending.Count, pending);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) {Migrations}")]
    private static partial void LogMigrated(ILogger logger, int count, IReadOnlyList<string> migrations);
}
