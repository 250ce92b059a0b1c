using System.Data.Common;
using Mentorship.Data;
using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>
/// Creates the admin named in configuration when the server starts, once: an account that already has the
/// email is left as it is. Several instances starting together are safe, since the unique email index lets
/// one of them win. A database that is unreachable or not yet migrated is logged and skipped, not fatal.
/// </summary>
internal sealed partial class ConfiguredAdminProvisioner(
    IServiceScopeFactory scopes,
    IOptions<AdminOptions> options,
    ILogger<ConfiguredAdminProvisioner> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var admin = options.Value;
        if (!admin.IsConfigured)
        {
            LogNotConfigured();
            return;
        }

        var email = admin.Email!.Trim();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
        try
        {
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                LogNotMigrated(email);
                return;
            }

            var normalized = EmailAddress.Normalize(email);
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
            {
                LogAlreadyExists(email);
                return;
            }

            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var created = await accounts.CreateAsync(email, admin.Password!, admin.DisplayName.Trim(), Role.Admin, cancellationToken);
            if (created is null)
            {
                LogAlreadyExists(email);
            }
            else
            {
                LogCreated(email);
            }
        }
        catch (DbException exception)
        {
            LogDatabaseUnavailable(exception, email);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "No admin is configured (Admin__Email, Admin__Password); none is created.")]
    private partial void LogNotConfigured();

    [LoggerMessage(LogLevel.Warning, "The database is not migrated yet; the configured admin {Email} is created at the next start after migrations.")]
    private partial void LogNotMigrated(string email);

    [LoggerMessage(LogLevel.Information, "An account with the configured admin email {Email} exists; it is left unchanged.")]
    private partial void LogAlreadyExists(string email);

    [LoggerMessage(LogLevel.Information, "Created the configured admin {Email}.")]
    private partial void LogCreated(string email);

    [LoggerMessage(LogLevel.Warning, "The database could not be reached; the configured admin {Email} was not created.")]
    private partial void LogDatabaseUnavailable(Exception exception, string email);
}
