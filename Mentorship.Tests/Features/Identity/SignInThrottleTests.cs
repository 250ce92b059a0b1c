using System.Net.Http.Json;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Transport;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Identity;

/// <summary>
/// Failed sign-ins are throttled per email and client address, with a much higher ceiling per email from all addresses
/// together, so that guessing cannot lock the owner out. Client addresses come from X-Forwarded-For here, as behind a
/// proxy with ASPNETCORE_FORWARDEDHEADERS_ENABLED.
/// </summary>
public sealed class SignInThrottleTests(AppFor<SignInThrottleTests> host) : IClassFixture<AppFor<SignInThrottleTests>>, IConfiguresApp
{
    private const string WrongPassword = "not the password";
    private const string Attacker = "203.0.113.66";
    private const string Owner = "198.51.100.7";

    private readonly MentorshipApp app = host.App;

    private const int AccountFailureLimit = 12;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options
        .UseFakeClock()
        .WithSetting("SignInThrottle:AccountFailureLimit", $"{AccountFailureLimit}")
        .WithSetting("FORWARDEDHEADERS_ENABLED", "true");

    [Fact]
    public async Task Five_failures_from_an_address_pause_it_for_30_seconds_and_the_right_password_from_there_is_refused_unchecked()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, Attacker, times: 5);

        var response = await SignInAsync(mentee.Email, Attacker);

        Assert.Equal(["TOO_MANY_SIGN_IN_ATTEMPTS"], response.PayloadErrorCodes("signIn"));
        Assert.Equal("TooManySignInAttemptsError", response.StringAt("signIn.errors.0.__typename"));
        Assert.Equal(30, response.At("signIn.errors.0.retryAfterSeconds").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("signIn.tokens").ValueKind);
    }

    [Fact]
    public async Task Failures_from_one_address_do_not_lock_the_owner_out_from_another()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, Attacker, times: 5);
        Assert.Equal(["TOO_MANY_SIGN_IN_ATTEMPTS"], (await SignInAsync(mentee.Email, Attacker)).PayloadErrorCodes("signIn"));

        var owner = await SignInAsync(mentee.Email, Owner);

        Assert.Empty(owner.PayloadErrorCodes("signIn"));
        Assert.Equal(mentee.Id.ToString(), owner.StringAt("signIn.user.id"));
    }

    [Fact]
    public async Task One_attempt_every_15_minutes_cannot_keep_the_owner_locked_out()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, Attacker, times: 5);
        for (var quarter = 0; quarter < 8; quarter++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(15));
            await SignInAsync(mentee.Email, Attacker, WrongPassword);

            Assert.Empty((await SignInAsync(mentee.Email, Owner)).PayloadErrorCodes("signIn"));
        }
    }

    [Fact]
    public async Task Four_failures_do_not_pause_the_address()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, Attacker, times: 4);

        var response = await SignInAsync(mentee.Email, Attacker);

        Assert.Empty(response.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task The_pause_ends_after_retryAfterSeconds_and_the_right_password_then_works()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, Attacker, times: 5);

        app.Clock.Advance(TimeSpan.FromSeconds(29));
        var stillPaused = await SignInAsync(mentee.Email, Attacker);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var unpaused = await SignInAsync(mentee.Email, Attacker);

        Assert.Equal(1, stillPaused.At("signIn.errors.0.retryAfterSeconds").GetInt32());
        Assert.Empty(unpaused.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task Each_further_failure_doubles_the_pause()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, Attacker, times: 5);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        await FailAsync(mentee.Email, Attacker, times: 1);
        var afterSixth = await SignInAsync(mentee.Email, Attacker);
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        await FailAsync(mentee.Email, Attacker, times: 1);
        var afterSeventh = await SignInAsync(mentee.Email, Attacker);

        Assert.Equal(60, afterSixth.At("signIn.errors.0.retryAfterSeconds").GetInt32());
        Assert.Equal(120, afterSeventh.At("signIn.errors.0.retryAfterSeconds").GetInt32());
    }

    [Fact]
    public async Task The_pause_grows_to_at_most_15_minutes()
    {
        var mentee = await app.MenteeAsync();
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO sign_in_throttles (normalized_email, client_address, failure_count, last_failure_at) VALUES ({mentee.Email}, {Attacker}, 40, {app.Clock.GetUtcNow()})"));
        await FailAsync(mentee.Email, Attacker, times: 1);

        var response = await SignInAsync(mentee.Email, Attacker);

        Assert.Equal(15 * 60, response.At("signIn.errors.0.retryAfterSeconds").GetInt32());
    }

    [Fact]
    public async Task Failures_are_forgotten_an_hour_after_the_last_one()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, Attacker, times: 4);

        app.Clock.Advance(TimeSpan.FromHours(1));
        await FailAsync(mentee.Email, Attacker, times: 4);

        Assert.Empty((await SignInAsync(mentee.Email, Attacker)).PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_failure_count_of_its_address()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, Attacker, times: 4);
        Assert.Empty((await SignInAsync(mentee.Email, Attacker)).PayloadErrorCodes("signIn"));
        await FailAsync(mentee.Email, Attacker, times: 4);

        var response = await SignInAsync(mentee.Email, Attacker);

        Assert.Empty(response.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task An_unknown_email_is_throttled_exactly_like_a_registered_one()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.com";
        await FailAsync(email, Attacker, times: 5);

        var response = await SignInAsync(email, Attacker);

        Assert.Equal(["TOO_MANY_SIGN_IN_ATTEMPTS"], response.PayloadErrorCodes("signIn"));
        Assert.Equal(30, response.At("signIn.errors.0.retryAfterSeconds").GetInt32());
    }

    [Fact]
    public async Task The_failure_count_is_kept_in_the_database_under_the_normalized_email_and_the_address()
    {
        var mentee = await app.MenteeAsync();

        await FailAsync("  " + mentee.Email.ToUpperInvariant(), Attacker, times: 3);

        var throttle = await app.WithDbAsync(db => db.SignInThrottles.AsNoTracking().SingleAsync(t => t.NormalizedEmail == mentee.Email));
        Assert.Equal((Attacker, 3), (throttle.ClientAddress, throttle.FailureCount));
        Assert.Null(throttle.LockedUntil);
    }

    [Fact]
    public async Task Concurrent_wrong_guesses_from_one_address_get_no_more_than_five_password_checks()
    {
        var mentee = await app.MenteeAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SignInAsync(mentee.Email, Attacker, WrongPassword)));

        var codes = responses.Select(r => r.PayloadErrorCodes("signIn").Single()).ToList();
        Assert.Equal(5, codes.Count(c => c == "INVALID_CREDENTIALS"));
        Assert.Equal(5, codes.Count(c => c == "TOO_MANY_SIGN_IN_ATTEMPTS"));
    }

    [Fact]
    public async Task Failures_spread_over_many_addresses_reach_the_account_ceiling_which_pauses_every_address_until_its_hour_ends()
    {
        var mentee = await app.MenteeAsync();
        for (var address = 0; address < AccountFailureLimit / 4; address++)
        {
            await FailAsync(mentee.Email, $"192.0.2.{address + 1}", times: 4);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var owner = await SignInAsync(mentee.Email, Owner);
        app.Clock.Advance(TimeSpan.FromMinutes(50));
        var afterTheHour = await SignInAsync(mentee.Email, Owner);

        Assert.Equal(["TOO_MANY_SIGN_IN_ATTEMPTS"], owner.PayloadErrorCodes("signIn"));
        Assert.Equal(50 * 60, owner.At("signIn.errors.0.retryAfterSeconds").GetInt32());
        Assert.Empty(afterTheHour.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task Attempts_refused_by_the_account_ceiling_do_not_count_against_their_address()
    {
        var mentee = await app.MenteeAsync();
        for (var address = 0; address < AccountFailureLimit / 4; address++)
        {
            await FailAsync(mentee.Email, $"192.0.2.{address + 101}", times: 4);
        }

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(["TOO_MANY_SIGN_IN_ATTEMPTS"], (await SignInAsync(mentee.Email, Owner, WrongPassword)).PayloadErrorCodes("signIn"));
        }

        Assert.False(await app.WithDbAsync(db => db.SignInThrottles.AnyAsync(t => t.NormalizedEmail == mentee.Email && t.ClientAddress == Owner)));
    }

    private async Task FailAsync(string email, string address, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var response = await SignInAsync(email, address, WrongPassword);
            Assert.Equal(["INVALID_CREDENTIALS"], response.PayloadErrorCodes("signIn"));
        }
    }

    private async Task<GraphQLResponse> SignInAsync(string email, string address, string password = MentorshipApp.UserPassword)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = IdentityOperations.SignIn, variables = new { input = new { email, password } } }),
        };
        request.Headers.Accept.ParseAdd(HttpRequests.GraphQLResponse);
        request.Headers.Add("X-Forwarded-For", address);
        return await app.Anonymous().SendAsync(request);
    }
}
