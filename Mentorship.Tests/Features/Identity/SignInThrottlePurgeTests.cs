using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Identity;

/// <summary>Throttle rows that no longer count are purged on a timer (SignInThrottle:PurgeInterval), in bounded batches.</summary>
public sealed class SignInThrottlePurgeTests(AppFor<SignInThrottlePurgeTests> host) : IClassFixture<AppFor<SignInThrottlePurgeTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseFakeClock();

    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Forgotten_failures_and_ended_windows_are_purged_while_rows_that_still_count_stay()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        var now = app.Clock.GetUtcNow();
        var longAgo = now - TimeSpan.FromHours(2);
        await app.WithDbAsync(async db =>
        {
            // 2 500 failures of unknown emails, long forgotten: more than one batch.
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO sign_in_throttles (normalized_email, client_address, failure_count, last_failure_at)
                SELECT 'stale-' || n || '-' || {tag} || '@example.com', '203.0.113.1', 3, {longAgo} FROM generate_series(1, 2500) AS n
                """);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO sign_in_throttles (normalized_email, client_address, failure_count, last_failure_at) VALUES ({"recent-" + tag}, '203.0.113.1', 3, {now})");
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO sign_in_throttles (normalized_email, client_address, failure_count, last_failure_at, locked_until) VALUES ({"paused-" + tag}, '203.0.113.1', 9, {longAgo}, {now + TimeSpan.FromHours(1)})");
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO sign_in_account_throttles (normalized_email, window_started_at, failure_count) VALUES ({"ended-" + tag}, {longAgo}, 50)");
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO sign_in_account_throttles (normalized_email, window_started_at, failure_count) VALUES ({"current-" + tag}, {now}, 50)");
        });

        app.Clock.Advance(PurgeInterval);
        var remaining = await WaitForPurgeAsync(tag);

        Assert.Equal(["paused-" + tag, "recent-" + tag], remaining.Addresses);
        Assert.Equal(["current-" + tag], remaining.Accounts);
    }

    private async Task<(List<string> Addresses, List<string> Accounts)> WaitForPurgeAsync(string tag)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var addresses = await app.WithDbAsync(db => db.SignInThrottles.Where(t => t.NormalizedEmail.Contains(tag))
                .Select(t => t.NormalizedEmail).OrderBy(e => e).ToListAsync());
            var accounts = await app.WithDbAsync(db => db.SignInAccountThrottles.Where(t => t.NormalizedEmail.Contains(tag))
                .Select(t => t.NormalizedEmail).OrderBy(e => e).ToListAsync());
            if ((addresses.Count <= 2 && accounts.Count <= 1) || DateTime.UtcNow > deadline)
            {
                return (addresses, accounts);
            }

            await Task.Delay(100);
        }
    }
}
