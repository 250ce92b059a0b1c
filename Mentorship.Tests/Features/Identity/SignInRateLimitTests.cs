using System.Net;
using System.Net.Http.Json;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Transport;

namespace Mentorship.Tests.Features.Identity;

/// <summary>
/// Sign-ins and sign-ups are rate-limited per client address (RateLimits:SignIn, RateLimits:SignUp): past the limit a
/// request is refused before any password work with 429, Retry-After and TOO_MANY_REQUESTS. Client addresses come from
/// X-Forwarded-For here, as behind a proxy with ASPNETCORE_FORWARDEDHEADERS_ENABLED.
/// </summary>
public sealed class SignInRateLimitTests(AppFor<SignInRateLimitTests> host) : IClassFixture<AppFor<SignInRateLimitTests>>, IConfiguresApp
{
    private const int SignInLimit = 3;
    private const int SignUpLimit = 2;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options
        .WithSetting("RateLimits:SignIn:PermitLimit", $"{SignInLimit}")
        .WithSetting("RateLimits:SignIn:Window", "01:00:00")
        .WithSetting("RateLimits:SignUp:PermitLimit", $"{SignUpLimit}")
        .WithSetting("RateLimits:SignUp:Window", "01:00:00")
        .WithSetting("FORWARDEDHEADERS_ENABLED", "true");

    [Fact]
    public async Task Sign_ins_past_the_limit_of_an_address_get_429_with_Retry_After_and_never_reach_the_password()
    {
        var mentee = await app.MenteeAsync();
        const string address = "203.0.113.10";
        for (var i = 0; i < SignInLimit; i++)
        {
            using var allowed = await SignInFromAsync(address, mentee.Email);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await SignInFromAsync(address, mentee.Email);
        var body = await GraphQLResponse.ReadAsync(refused);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);
        body.AssertRefused(429, ErrorCodes.TooManyRequests);
        Assert.StartsWith("Too many sign-ins from your address. Try again in ", body.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.InRange(body.Errors[0].GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32(), 1, 3600);
    }

    [Fact]
    public async Task Another_address_is_not_held_back_by_the_first()
    {
        var mentee = await app.MenteeAsync();
        for (var i = 0; i <= SignInLimit; i++)
        {
            (await SignInFromAsync("203.0.113.20", mentee.Email)).Dispose();
        }

        using var fromElsewhere = await SignInFromAsync("198.51.100.20", mentee.Email);
        var body = await GraphQLResponse.ReadAsync(fromElsewhere);

        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
        Assert.Equal(mentee.Id.ToString(), body.StringAt("signIn.user.id"));
    }

    [Fact]
    public async Task Sign_ups_past_the_limit_of_an_address_get_429()
    {
        const string address = "203.0.113.30";
        for (var i = 0; i < SignUpLimit; i++)
        {
            using var allowed = await SignUpFromAsync(address);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await SignUpFromAsync(address);
        var body = await GraphQLResponse.ReadAsync(refused);

        body.AssertRefused(429, ErrorCodes.TooManyRequests);
        Assert.StartsWith("Too many sign-ups from your address.", body.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_a_socket_the_limit_is_the_protocols_error_message()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        var variables = new { input = new { email = mentee.Email, password = MentorshipApp.UserPassword } };
        for (var i = 0; i < SignInLimit; i++)
        {
            var id = client.NewId();
            await client.SubscribeAsync(id, IdentityOperations.SignIn, variables);
            await client.ReceiveUntilCompleteAsync(id);
        }

        await client.SubscribeAsync("over", IdentityOperations.SignIn, variables);
        var error = await client.ReceiveAsync("error");

        Assert.Equal(ErrorCodes.TooManyRequests, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private Task<HttpResponseMessage> SignInFromAsync(string address, string email) =>
        SendFromAsync(address, IdentityOperations.SignIn, new { input = new { email, password = MentorshipApp.UserPassword } });

    private Task<HttpResponseMessage> SignUpFromAsync(string address) =>
        SendFromAsync(address, IdentityOperations.SignUp, new
        {
            input = new { email = $"{Guid.NewGuid():N}@example.com", password = MentorshipApp.UserPassword, displayName = "Rate", role = "MENTEE" },
        });

    private async Task<HttpResponseMessage> SendFromAsync(string address, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd(HttpRequests.GraphQLResponse);
        request.Headers.Add("X-Forwarded-For", address);
        return await app.CreateClient().SendAsync(request);
    }
}
