using Mentorship.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>
/// Limits password guesses per email, known or not, with the count kept in the database so every server
/// instance sees it. The first <see cref="FreeAttempts"/> attempts after a success are free; from then on
/// each attempt starts a pause (30 s, doubling per attempt, at most 15 minutes) during which the next
/// attempt is refused before its password is checked.
/// </summary>
public sealed class SignInThrottleService(MentorshipDbContext db, TimeProvider clock)
{
    public const int FreeAttempts = 5;
    public static readonly TimeSpan FirstLockout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan LongestLockout = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Counts an attempt for <paramref name="normalizedEmail"/> before its password is checked, so parallel
    /// guesses cannot slip past the limit: returns null when the attempt may go ahead, or how long until the
    /// next one may. A verified password calls <see cref="ResetAsync"/>, which forgets the count.
    /// </summary>
    public async Task<TimeSpan?> BeginAttemptAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var firstLockoutSeconds = FirstLockout.TotalSeconds;
        var longestLockoutSeconds = LongestLockout.TotalSeconds;

        // One statement, so the row lock orders concurrent attempts; while a pause lasts, the WHERE leaves the row
        // alone and no row is affected.
        var admitted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO sign_in_throttles AS t (normalized_email, failure_count, last_failure_at, locked_until)
            VALUES ({normalizedEmail}, 1, {now}, NULL)
            ON CONFLICT (normalized_email) DO UPDATE SET
                failure_count = t.failure_count + 1,
                last_failure_at = excluded.last_failure_at,
                locked_until = CASE
                    WHEN t.failure_count + 1 < {FreeAttempts} THEN NULL
                    ELSE excluded.last_failure_at + make_interval(secs => LEAST(
                        {firstLockoutSeconds} * power(2, LEAST(t.failure_count + 1 - {FreeAttempts}, 30)),
                        {longestLockoutSeconds}))
                END
            WHERE t.locked_until IS NULL OR t.locked_until <= excluded.last_failure_at
            """,
            cancellationToken);
        if (admitted == 1)
        {
            return null;
        }

        var lockedUntil = await db.SignInThrottles
            .Where(t => t.NormalizedEmail == normalizedEmail)
            .Select(t => t.LockedUntil)
            .SingleOrDefaultAsync(cancellationToken);
        var remaining = (lockedUntil ?? now) - now;
        return remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1);
    }

    public Task ResetAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        db.SignInThrottles.Where(t => t.NormalizedEmail == normalizedEmail).ExecuteDeleteAsync(cancellationToken);
}
