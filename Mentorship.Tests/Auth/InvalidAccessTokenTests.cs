using System.Text.Json;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Auth;

/// <summary>
/// A presented token that does not hold is refused outright, even for an operation anyone may run, rather
/// than treated as no token. Tokens are built by hand here so each case has exactly one flaw.
/// </summary>
public sealed class InvalidAccessTokenTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string AnonymousOperation = "{ __typename }";

    [Fact]
    public async Task A_hand_built_token_without_flaws_is_accepted()
    {
        var mentee = await app.MenteeAsync();
        var token = await TokenForAsync(mentee.Id);

        var response = await app.WithToken(token.Build()).ExecuteAsync("{ me { id } }");

        Assert.Equal(mentee.Id.ToString(), response.EnsureNoErrors().StringAt("me.id"));
    }

    [Theory]
    [InlineData("signed with another key")]
    [InlineData("alg none without signature")]
    [InlineData("alg HS512 with the right key")]
    [InlineData("another issuer")]
    [InlineData("another audience")]
    [InlineData("expired a minute ago")]
    [InlineData("without exp")]
    [InlineData("without security stamp")]
    [InlineData("for an unknown user")]
    [InlineData("tampered payload")]
    public async Task A_flawed_token_is_answered_UNAUTHENTICATED_even_for_an_anonymous_operation(string flaw)
    {
        var mentee = await app.MenteeAsync();
        var token = await TokenForAsync(mentee.Id);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var flawed = flaw switch
        {
            "signed with another key" => token with { Key = "another-signing-key-that-is-long-enough-for-hs256" },
            "alg none without signature" => token with { Algorithm = "none" },
            "alg HS512 with the right key" => token with { Algorithm = "HS512" },
            "another issuer" => token.With("iss", "someone-else"),
            "another audience" => token.With("aud", "someone-else"),
            "expired a minute ago" => token.With("iat", now - 960).With("nbf", now - 960).With("exp", now - 60),
            "without exp" => token.Without("exp"),
            "without security stamp" => token.Without("sst"),
            "for an unknown user" => token.With("sub", Guid.NewGuid().ToString()),
            "tampered payload" => token with { TamperAfterSigning = true },
            _ => throw new ArgumentOutOfRangeException(nameof(flaw)),
        };

        await AssertRefusedAsync(flawed.Build());
    }

    [Fact]
    public async Task A_token_of_a_deactivated_user_is_answered_UNAUTHENTICATED()
    {
        var mentee = await app.MenteeAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == mentee.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));

        await AssertRefusedAsync(mentee.AccessToken);
    }

    [Fact]
    public async Task A_token_issued_before_the_security_stamp_changed_is_answered_UNAUTHENTICATED()
    {
        var mentee = await app.MenteeAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == mentee.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, Guid.NewGuid())));

        await AssertRefusedAsync(mentee.AccessToken);
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task An_authorization_header_that_is_not_a_bearer_JWT_is_answered_UNAUTHENTICATED(string header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = AnonymousOperation }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", header);

        var response = await app.Anonymous().SendAsync(request);

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    private async Task AssertRefusedAsync(string token)
    {
        var response = await app.WithToken(token).ExecuteAsync(AnonymousOperation);

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, response.Body);
    }

    private async Task<HandBuiltToken> TokenForAsync(Guid userId)
    {
        var stamp = await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new HandBuiltToken(new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["role"] = "MENTEE",
            ["sst"] = stamp.ToString(),
            ["jti"] = Guid.NewGuid().ToString(),
            ["iss"] = "mentorship",
            ["aud"] = "mentorship",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 900,
        });
    }
}
