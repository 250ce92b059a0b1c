using System.Data.Common;
using Mentorship.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>
/// Deletes sign-in throttle rows that no longer count — an address's failures forgotten (<see cref="SignInThrottleService.FailureMemory"/>
/// after the last, any pause over), an account's window ended — every <see cref="SignInThrottleOptions.PurgeInterval"/>,
/// so rows for unknown emails and past windows do not pile up. Each statement deletes at most <see cref="BatchSize"/>
/// rows and skips rows another transaction holds, so several instances purging at once neither block nor fail each other.
/// </summary>
public sealed partial class SignInThrottlePurge(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<SignInThrottleOptions> options,
    ILogger<SignInThrottlePurge> logger) : BackgroundService
{
    public const int BatchSize = 1000;

    /// <summary>Deletes the rows that no longer count as of now; returns how many.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
        var deleted = 0;
        int batch;
        do
        {
            var now = clock.GetUtcNow();
            var forgottenBefore = now - SignInThrottleService.FailureMemory;
            batch = await db.Database.ExecuteSqlAsync(
                $"""
                DELETE FROM sign_in_throttles WHERE (normalized_email, client_address) IN (
                    SELECT normalized_email, client_address FROM sign_in_throttles
                    WHERE last_failure_at <= {forgottenBefore} AND (locked_until IS NULL OR locked_until <= {now})
                    LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                """,
                cancellationToken);
            var windowEndedBefore = now - options.Value.AccountWindow;
            var accounts = await db.Database.ExecuteSqlAsync(
                $"""
                DELETE FROM sign_in_account_throttles WHERE normalized_email IN (
                    SELECT normalized_email FROM sign_in_account_throttles
                    WHERE window_started_at <= {windowEndedBefore}
                    LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                """,
                cancellationToken);
            deleted += batch + accounts;
            batch = Math.Max(batch, accounts);
        }
        while (batch == BatchSize);

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    LogPurged(await PurgeAsync(stoppingToken));
                }
                catch (Exception exception) when (exception is DbException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
                {
                    // The database is unreachable or not migrated yet; the next tick tries again.
                    LogFailed(exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    [LoggerMessage(LogLevel.Debug, "Purged {Count} sign-in throttle rows that no longer count.")]
    private partial void LogPurged(int count);

    [LoggerMessage(LogLevel.Warning, "Could not purge sign-in throttle rows; trying again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
