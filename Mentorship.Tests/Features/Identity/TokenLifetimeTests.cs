using System.Globalization;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Identity;

public sealed class TokenLifetimeTests(AppFor<TokenLifetimeTests> host) : IClassFixture<AppFor<TokenLifetimeTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseFakeClock();

    [Fact]
    public async Task The_access_token_works_for_15_minutes_and_is_then_answered_UNAUTHENTICATED()
    {
        var signIn = await SignInAsync();
        var issuedAt = app.Clock.GetUtcNow();
        var client = app.WithToken(signIn.StringAt("signIn.tokens.accessToken")!);

        var expiresAt = Instant(signIn.StringAt("signIn.tokens.accessTokenExpiresAt"));
        app.Clock.Advance(TimeSpan.FromMinutes(14));
        var before = await client.ExecuteAsync("{ me { id } }");
        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(6));
        var after = await client.ExecuteAsync("{ me { id } }");

        Assert.InRange(expiresAt, issuedAt.AddMinutes(15).AddSeconds(-1), issuedAt.AddMinutes(15));
        before.EnsureNoErrors();
        Assert.Equal(["UNAUTHENTICATED"], after.ErrorCodes);
    }

    [Fact]
    public async Task The_refresh_token_works_for_30_days_and_is_then_refused()
    {
        var first = await SignInAsync();
        var issuedAt = app.Clock.GetUtcNow();
        var refreshTokenExpiresAt = Instant(first.StringAt("signIn.tokens.refreshTokenExpiresAt"));

        app.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        var beforeExpiry = await app.Anonymous().RefreshTokensAsync(first.StringAt("signIn.tokens.refreshToken")!);
        var second = await SignInAsync();
        app.Clock.Advance(TimeSpan.FromDays(30));
        var afterExpiry = await app.Anonymous().RefreshTokensAsync(second.StringAt("signIn.tokens.refreshToken")!);

        Assert.Equal(issuedAt.AddDays(30), refreshTokenExpiresAt);
        Assert.Empty(beforeExpiry.PayloadErrorCodes("refreshTokens"));
        Assert.Equal(["INVALID_REFRESH_TOKEN"], afterExpiry.PayloadErrorCodes("refreshTokens"));
    }

    private async Task<GraphQLResponse> SignInAsync()
    {
        var mentee = await app.MenteeAsync();
        var response = await app.Anonymous().SignInAsync(mentee.Email);
        Assert.Empty(response.PayloadErrorCodes("signIn"));
        return response;
    }

    private static DateTimeOffset Instant(string? text) => DateTimeOffset.Parse(text!, CultureInfo.InvariantCulture);
}
