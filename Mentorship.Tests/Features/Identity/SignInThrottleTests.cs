using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Identity;

public sealed class SignInThrottleTests(AppFor<SignInThrottleTests> host) : IClassFixture<AppFor<SignInThrottleTests>>, IConfiguresApp
{
    private const string WrongPassword = "not the password";

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseFakeClock();

    [Fact]
    public async Task Five_failures_lock_the_account_for_30_seconds_and_the_right_password_is_then_refused_unchecked()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, times: 5);

        var response = await app.Anonymous().SignInAsync(mentee.Email);

        Assert.Equal(["TOO_MANY_SIGN_IN_ATTEMPTS"], response.PayloadErrorCodes("signIn"));
        Assert.Equal("TooManySignInAttemptsError", response.StringAt("signIn.errors.0.__typename"));
        Assert.Equal(30, response.At("signIn.errors.0.retryAfterSeconds").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("signIn.tokens").ValueKind);
    }

    [Fact]
    public async Task Four_failures_do_not_lock_the_account()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, times: 4);

        var response = await app.Anonymous().SignInAsync(mentee.Email);

        Assert.Empty(response.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task The_lockout_ends_after_retryAfterSeconds_and_the_right_password_then_works()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, times: 5);

        app.Clock.Advance(TimeSpan.FromSeconds(29));
        var stillLocked = await app.Anonymous().SignInAsync(mentee.Email);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var unlocked = await app.Anonymous().SignInAsync(mentee.Email);

        Assert.Equal(1, stillLocked.At("signIn.errors.0.retryAfterSeconds").GetInt32());
        Assert.Empty(unlocked.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task Each_further_failure_doubles_the_lockout()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, times: 5);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        await FailAsync(mentee.Email, times: 1);
        var afterSixth = await app.Anonymous().SignInAsync(mentee.Email);
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        await FailAsync(mentee.Email, times: 1);
        var afterSeventh = await app.Anonymous().SignInAsync(mentee.Email);

        Assert.Equal(60, afterSixth.At("signIn.errors.0.retryAfterSeconds").GetInt32());
        Assert.Equal(120, afterSeventh.At("signIn.errors.0.retryAfterSeconds").GetInt32());
    }

    [Fact]
    public async Task The_lockout_grows_to_at_most_15_minutes()
    {
        var mentee = await app.MenteeAsync();
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO sign_in_throttles (normalized_email, failure_count, last_failure_at) VALUES ({mentee.Email}, 40, {app.Clock.GetUtcNow()})"));
        await FailAsync(mentee.Email, times: 1);

        var response = await app.Anonymous().SignInAsync(mentee.Email);

        Assert.Equal(15 * 60, response.At("signIn.errors.0.retryAfterSeconds").GetInt32());
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_failure_count()
    {
        var mentee = await app.MenteeAsync();
        await FailAsync(mentee.Email, times: 4);
        Assert.Empty((await app.Anonymous().SignInAsync(mentee.Email)).PayloadErrorCodes("signIn"));
        await FailAsync(mentee.Email, times: 4);

        var response = await app.Anonymous().SignInAsync(mentee.Email);

        Assert.Empty(response.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task An_unknown_email_is_throttled_exactly_like_a_registered_one()
    {
        await FailAsync("nobody-registered@example.com", times: 5);

        var response = await app.Anonymous().SignInAsync("nobody-registered@example.com");

        Assert.Equal(["TOO_MANY_SIGN_IN_ATTEMPTS"], response.PayloadErrorCodes("signIn"));
        Assert.Equal(30, response.At("signIn.errors.0.retryAfterSeconds").GetInt32());
    }

    [Fact]
    public async Task The_failure_count_is_kept_in_the_database_under_the_normalized_email()
    {
        var mentee = await app.MenteeAsync();

        await FailAsync("  " + mentee.Email.ToUpperInvariant(), times: 3);

        var throttle = await app.WithDbAsync(db => db.SignInThrottles.AsNoTracking().SingleAsync(t => t.NormalizedEmail == mentee.Email));
        Assert.Equal(3, throttle.FailureCount);
        Assert.Null(throttle.LockedUntil);
    }

    [Fact]
    public async Task Concurrent_wrong_guesses_get_no_more_than_five_password_checks()
    {
        var mentee = await app.MenteeAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.Anonymous().SignInAsync(mentee.Email, WrongPassword)));

        var codes = responses.Select(r => r.PayloadErrorCodes("signIn").Single()).ToList();
        Assert.Equal(5, codes.Count(c => c == "INVALID_CREDENTIALS"));
        Assert.Equal(5, codes.Count(c => c == "TOO_MANY_SIGN_IN_ATTEMPTS"));
    }

    private async Task FailAsync(string email, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var response = await app.Anonymous().SignInAsync(email, WrongPassword);
            Assert.Equal(["INVALID_CREDENTIALS"], response.PayloadErrorCodes("signIn"));
        }
    }
}
