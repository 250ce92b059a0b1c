using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Identity;

public sealed class SignOutTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Sign_out_revokes_the_given_refresh_token()
    {
        var (client, refreshToken) = await SignInAsync(await app.MenteeAsync());

        var response = await client.SignOutAsync(refreshToken);
        var refresh = await app.Anonymous().RefreshTokensAsync(refreshToken);

        Assert.Empty(response.PayloadErrorCodes("signOut"));
        Assert.Equal(1, response.At("signOut.revokedTokens").GetInt32());
        Assert.Equal(["INVALID_REFRESH_TOKEN"], refresh.PayloadErrorCodes("refreshTokens"));
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(refreshToken));
        var stored = await app.WithDbAsync(db => db.RefreshTokens.AsNoTracking().SingleAsync(t => t.TokenHash == hash));
        Assert.Equal(RefreshTokenRevocation.SignedOut, stored.RevokedReason);
    }

    [Fact]
    public async Task Signing_out_a_session_that_already_ended_revokes_nothing_and_is_no_error()
    {
        var (client, refreshToken) = await SignInAsync(await app.MenteeAsync());
        await client.SignOutAsync(refreshToken);

        var again = await client.SignOutAsync(refreshToken);

        Assert.Empty(again.PayloadErrorCodes("signOut"));
        Assert.Equal(0, again.At("signOut.revokedTokens").GetInt32());
    }

    [Fact]
    public async Task Sign_out_everywhere_revokes_every_active_token_of_the_caller_and_ends_their_access_tokens()
    {
        var mentee = await app.MenteeAsync();
        var (client, _) = await SignInAsync(mentee);
        await SignInAsync(mentee);
        var (_, spent) = await SignInAsync(mentee);
        await app.Anonymous().RefreshTokensAsync(spent);
        var (_, othersToken) = await SignInAsync(await app.MenteeAsync());

        var response = await client.SignOutAsync(everywhere: true);
        var me = await client.ExecuteAsync("{ me { id } }");
        var othersRefresh = await app.Anonymous().RefreshTokensAsync(othersToken);

        Assert.Empty(response.PayloadErrorCodes("signOut"));
        Assert.Equal(3, response.At("signOut.revokedTokens").GetInt32());
        Assert.False(await app.WithDbAsync(db => db.RefreshTokens.AnyAsync(t => t.UserId == mentee.Id && t.RevokedAt == null)));
        Assert.Equal(["UNAUTHENTICATED"], me.ErrorCodes);
        Assert.Empty(othersRefresh.PayloadErrorCodes("refreshTokens"));
    }

    [Fact]
    public async Task Sign_out_with_another_users_refresh_token_is_refused_and_revokes_nothing()
    {
        var (client, _) = await SignInAsync(await app.MenteeAsync());
        var (_, othersToken) = await SignInAsync(await app.MentorAsync());

        var response = await client.SignOutAsync(othersToken);
        var othersRefresh = await app.Anonymous().RefreshTokensAsync(othersToken);

        Assert.Equal(["INVALID_REFRESH_TOKEN"], response.PayloadErrorCodes("signOut"));
        Assert.Equal(0, response.At("signOut.revokedTokens").GetInt32());
        Assert.Empty(othersRefresh.PayloadErrorCodes("refreshTokens"));
    }

    [Fact]
    public async Task Sign_out_without_a_token_or_everywhere_is_refused_with_InvalidInputError()
    {
        var (client, _) = await SignInAsync(await app.MenteeAsync());

        var response = await client.SignOutAsync(refreshToken: null, everywhere: false);

        Assert.Equal(["INVALID_INPUT"], response.PayloadErrorCodes("signOut"));
        Assert.Equal("refreshToken", response.StringAt("signOut.errors.0.field"));
    }

    [Fact]
    public async Task Sign_out_needs_a_signed_in_user()
    {
        var (_, refreshToken) = await SignInAsync(await app.MenteeAsync());

        var response = await app.Anonymous().SignOutAsync(refreshToken);

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out var data) && data.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    private async Task<(GraphQLClient Client, string RefreshToken)> SignInAsync(TestUser user)
    {
        var response = await app.Anonymous().SignInAsync(user.Email);
        return (app.WithToken(response.StringAt("signIn.tokens.accessToken")!), response.StringAt("signIn.tokens.refreshToken")!);
    }
}
