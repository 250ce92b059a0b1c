using System.Diagnostics;
using Mentorship.Data;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Hosting;

/// <summary>The <c>migrate</c> command as <c>./mentorship run</c> calls it, in a process of its own, on a database that has never been migrated.</summary>
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrating_a_new_database_applies_every_migration_and_logs_no_error()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        try
        {
            var (exitCode, output) = await RunMigrateAsync(connectionString);

            var options = new DbContextOptionsBuilder<MentorshipDbContext>().UseMentorshipDatabase(connectionString).Options;
            await using var db = new MentorshipDbContext(options);
            var migrations = db.Database.GetMigrations().ToList();
            Assert.Equal(0, exitCode);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Contains($"Applied {migrations.Count} migration(s) {string.Join(", ", migrations)}", output, StringComparison.Ordinal);
            Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
        }
        finally
        {
            await TestDatabases.DropAsync(connectionString);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunMigrateAsync(string connectionString)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Mentorship.GraphQL.dll"));
        start.ArgumentList.Add("migrate");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Mentorship"] = connectionString;
        start.Environment["Jwt__SigningKey"] = MentorshipApp.SigningKey;
        start.Environment["Admin__Email"] = MentorshipApp.AdminEmail;
        start.Environment["Admin__Password"] = MentorshipApp.AdminPassword;
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output + await errors).ReplaceLineEndings("\n"));
    }
}
