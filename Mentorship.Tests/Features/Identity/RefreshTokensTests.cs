using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Tests.Features.Identity;

public sealed class RefreshTokensTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Refresh_returns_a_new_pair_and_marks_the_old_token_rotated_in_the_same_family()
    {
        var (user, first) = await SignedInAsync();

        var response = await app.Anonymous().RefreshTokensAsync(first);

        Assert.Empty(response.PayloadErrorCodes("refreshTokens"));
        var second = response.StringAt("refreshTokens.tokens.refreshToken")!;
        Assert.NotEqual(first, second);
        var tokens = await TokensOf(user.Id);
        var old = tokens.Single(t => t.RevokedAt is not null);
        var current = tokens.Single(t => t.RevokedAt is null);
        Assert.Equal(RefreshTokenRevocation.Rotated, old.RevokedReason);
        Assert.Equal(current.Id, old.ReplacedById);
        Assert.Equal(old.FamilyId, current.FamilyId);
        var me = await app.WithToken(response.StringAt("refreshTokens.tokens.accessToken")!).ExecuteAsync("{ me { id } }");
        Assert.Equal(user.Id.ToString(), me.EnsureNoErrors().StringAt("me.id"));
    }

    [Fact]
    public async Task Reusing_a_rotated_token_is_refused_and_revokes_the_whole_family()
    {
        var (user, first) = await SignedInAsync();
        var second = (await app.Anonymous().RefreshTokensAsync(first)).StringAt("refreshTokens.tokens.refreshToken")!;

        var reuse = await app.Anonymous().RefreshTokensAsync(first);
        var afterReuse = await app.Anonymous().RefreshTokensAsync(second);

        Assert.Equal(["INVALID_REFRESH_TOKEN"], reuse.PayloadErrorCodes("refreshTokens"));
        Assert.Equal(["INVALID_REFRESH_TOKEN"], afterReuse.PayloadErrorCodes("refreshTokens"));
        var tokens = await TokensOf(user.Id);
        Assert.All(tokens, t => Assert.NotNull(t.RevokedAt));
        Assert.Equal(RefreshTokenRevocation.ReuseDetected, tokens.Single(t => t.ReplacedById is null).RevokedReason);
    }

    [Fact]
    public async Task Reuse_in_one_family_leaves_the_users_other_sessions_alone()
    {
        var (user, first) = await SignedInAsync();
        var otherSession = (await app.Anonymous().SignInAsync(user.Email)).StringAt("signIn.tokens.refreshToken")!;
        await app.Anonymous().RefreshTokensAsync(first);
        await app.Anonymous().RefreshTokensAsync(first);

        var response = await app.Anonymous().RefreshTokensAsync(otherSession);

        Assert.Empty(response.PayloadErrorCodes("refreshTokens"));
    }

    [Fact]
    public async Task An_unknown_refresh_token_is_refused()
    {
        var response = await app.Anonymous().RefreshTokensAsync("made-up-token");

        Assert.Equal(["INVALID_REFRESH_TOKEN"], response.PayloadErrorCodes("refreshTokens"));
        Assert.Equal("InvalidRefreshTokenError", response.StringAt("refreshTokens.errors.0.__typename"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("refreshTokens.tokens").ValueKind);
    }

    [Fact]
    public async Task An_expired_refresh_token_is_refused()
    {
        var (user, token) = await SignedInAsync();
        await app.WithDbAsync(db => db.RefreshTokens.Where(t => t.UserId == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1))));

        var response = await app.Anonymous().RefreshTokensAsync(token);

        Assert.Equal(["INVALID_REFRESH_TOKEN"], response.PayloadErrorCodes("refreshTokens"));
    }

    [Fact]
    public async Task Refresh_for_a_deactivated_user_is_refused_and_revokes_the_family()
    {
        var (user, token) = await SignedInAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));

        var response = await app.Anonymous().RefreshTokensAsync(token);

        Assert.Equal(["ACCOUNT_DEACTIVATED"], response.PayloadErrorCodes("refreshTokens"));
        var stored = Assert.Single(await TokensOf(user.Id));
        Assert.Equal(RefreshTokenRevocation.UserDeactivated, stored.RevokedReason);
    }

    [Fact]
    public async Task Concurrent_refreshes_of_one_token_yield_exactly_one_success_and_keep_the_session()
    {
        var (user, token) = await SignedInAsync();

        // Hold the token's row so that all six refreshes read it unspent and then queue on the spending UPDATE.
        await using var blocker = new NpgsqlConnection(app.ConnectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await Execute(blocker, "SELECT 1 FROM refresh_tokens WHERE user_id = @user FOR UPDATE", user.Id);
        var refreshes = Enumerable.Range(0, 6).Select(_ => app.Anonymous().RefreshTokensAsync(token)).ToList();
        await WaitForLockWaitersAsync(count: 6);
        await transaction.CommitAsync();
        var responses = await Task.WhenAll(refreshes);

        var outcomes = responses.Select(r => r.PayloadErrorCodes("refreshTokens").SingleOrDefault() ?? "OK").ToList();
        Assert.Equal(1, outcomes.Count(o => o == "OK"));
        Assert.Equal(5, outcomes.Count(o => o == "INVALID_REFRESH_TOKEN"));
        var tokens = await TokensOf(user.Id);
        Assert.Equal(2, tokens.Count);
        Assert.Single(tokens, t => t.RevokedAt is null);
    }

    private async Task<(TestUser User, string RefreshToken)> SignedInAsync()
    {
        var user = await app.MenteeAsync();
        var signIn = await app.Anonymous().SignInAsync(user.Email);
        return (user, signIn.StringAt("signIn.tokens.refreshToken")!);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, Guid user)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("user", user);
        await command.ExecuteNonQueryAsync();
    }

    private async Task WaitForLockWaitersAsync(int count)
    {
        // A connection of its own: inside a transaction, pg_stat_activity would keep showing its first snapshot.
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if ((long)(await command.ExecuteScalarAsync())! >= count)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"{count} refreshes never queued on the token's row.");
    }

    private Task<List<RefreshToken>> TokensOf(Guid userId) =>
        app.WithDbAsync(db => db.RefreshTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync());
}
