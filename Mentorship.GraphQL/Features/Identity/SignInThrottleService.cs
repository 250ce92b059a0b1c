using Mentorship.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>
/// Limits password guesses per email, known or not, with the counts kept in the database so every server instance
/// sees them. Two counts, so that guessing cannot lock the owner out:
/// <list type="bullet">
/// <item>Per email and client address: the first <see cref="FreeAttempts"/> attempts after a success are free; from
/// then on each attempt starts a pause (30 s, doubling per attempt, at most 15 minutes) during which the next attempt
/// from that address is refused before its password is checked. The owner signing in from elsewhere is not affected,
/// and failures are forgotten <see cref="FailureMemory"/> after the last one.</item>
/// <item>Per email, from all addresses: at most <see cref="SignInThrottleOptions.AccountFailureLimit"/> failures per
/// <see cref="SignInThrottleOptions.AccountWindow"/>, against guessing spread over many addresses. The window is
/// fixed, so a trickle of failures cannot keep an account paused.</item>
/// </list>
/// Rows that no longer count are deleted by <see cref="SignInThrottlePurge"/>; deleting them changes nothing a client sees.
/// </summary>
public sealed class SignInThrottleService(MentorshipDbContext db, TimeProvider clock, IOptions<SignInThrottleOptions> options)
{
    public const int FreeAttempts = 5;
    public static readonly TimeSpan FirstLockout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan LongestLockout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan FailureMemory = TimeSpan.FromHours(1);

    /// <summary>
    /// Counts an attempt for <paramref name="normalizedEmail"/> from <paramref name="clientAddress"/> before its password
    /// is checked, so parallel guesses cannot slip past the limits: returns null when the attempt may go ahead, or how
    /// long until the next one may. Both counts move together or not at all. A verified password calls
    /// <see cref="ResetAsync"/>.
    /// </summary>
    public async Task<TimeSpan?> BeginAttemptAsync(string normalizedEmail, string clientAddress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await CountForAddressAsync(normalizedEmail, clientAddress, now, cancellationToken))
        {
            var lockedUntil = await db.SignInThrottles
                .Where(t => t.NormalizedEmail == normalizedEmail && t.ClientAddress == clientAddress)
                .Select(t => t.LockedUntil)
                .SingleOrDefaultAsync(cancellationToken);
            return Remaining(lockedUntil, now);
        }

        if (!await CountForAccountAsync(normalizedEmail, now, cancellationToken))
        {
            // Not an attempt after all: the address's count goes back as it was.
            await transaction.RollbackAsync(cancellationToken);
            var windowStartedAt = await db.SignInAccountThrottles
                .Where(t => t.NormalizedEmail == normalizedEmail)
                .Select(t => (DateTimeOffset?)t.WindowStartedAt)
                .SingleOrDefaultAsync(cancellationToken);
            return Remaining(windowStartedAt + options.Value.AccountWindow, now);
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Forgets the address's failures and takes the successful attempt off the account's count.</summary>
    public async Task ResetAsync(string normalizedEmail, string clientAddress, CancellationToken cancellationToken)
    {
        await db.SignInThrottles.Where(t => t.NormalizedEmail == normalizedEmail && t.ClientAddress == clientAddress).ExecuteDeleteAsync(cancellationToken);
        await db.SignInAccountThrottles.Where(t => t.NormalizedEmail == normalizedEmail && t.FailureCount > 0)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.FailureCount, t => t.FailureCount - 1), cancellationToken);
    }

    /// <summary>
    /// One statement, so the row lock orders concurrent attempts; while a pause lasts, the WHERE leaves the row alone
    /// and no row is affected. Failures older than <see cref="FailureMemory"/> start the count afresh.
    /// </summary>
    private async Task<bool> CountForAddressAsync(string normalizedEmail, string clientAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var firstLockoutSeconds = FirstLockout.TotalSeconds;
        var longestLockoutSeconds = LongestLockout.TotalSeconds;
        var forgottenBefore = now - FailureMemory;
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO sign_in_throttles AS t (normalized_email, client_address, failure_count, last_failure_at, locked_until)
            VALUES ({normalizedEmail}, {clientAddress}, 1, {now}, NULL)
            ON CONFLICT (normalized_email, client_address) DO UPDATE SET
                failure_count = CASE WHEN t.last_failure_at <= {forgottenBefore} THEN 1 ELSE t.failure_count + 1 END,
                last_failure_at = excluded.last_failure_at,
                locked_until = CASE
                    WHEN t.last_failure_at <= {forgottenBefore} OR t.failure_count + 1 < {FreeAttempts} THEN NULL
                    ELSE excluded.last_failure_at + make_interval(secs => LEAST(
                        {firstLockoutSeconds} * power(2, LEAST(t.failure_count + 1 - {FreeAttempts}, 30)),
                        {longestLockoutSeconds}))
                END
            WHERE t.locked_until IS NULL OR t.locked_until <= excluded.last_failure_at
            """,
            cancellationToken) == 1;
    }

    /// <summary>The account-wide count in its fixed window; refused, without counting, once the window is full.</summary>
    private async Task<bool> CountForAccountAsync(string normalizedEmail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var limit = options.Value.AccountFailureLimit;
        var windowEndedBefore = now - options.Value.AccountWindow;
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO sign_in_account_throttles AS t (normalized_email, window_started_at, failure_count)
            VALUES ({normalizedEmail}, {now}, 1)
            ON CONFLICT (normalized_email) DO UPDATE SET
                window_started_at = CASE WHEN t.window_started_at <= {windowEndedBefore} THEN excluded.window_started_at ELSE t.window_started_at END,
                failure_count = CASE WHEN t.window_started_at <= {windowEndedBefore} THEN 1 ELSE t.failure_count + 1 END
            WHERE t.window_started_at <= {windowEndedBefore} OR t.failure_count < {limit}
            """,
            cancellationToken) == 1;
    }

    private static TimeSpan Remaining(DateTimeOffset? pausedUntil, DateTimeOffset now)
    {
        var remaining = (pausedUntil ?? now) - now;
        return remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1);
    }
}
