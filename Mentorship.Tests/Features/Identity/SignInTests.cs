using System.Text.Json;
using Mentorship.GraphQL.Auth;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Features.Identity;

public sealed class SignInTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const JsonValueKind JsonNull = JsonValueKind.Null;

    [Fact]
    public async Task Sign_in_with_the_right_password_returns_the_user_and_working_tokens()
    {
        var mentor = await app.MentorAsync();

        var response = await app.Anonymous().SignInAsync(mentor.Email);

        Assert.Empty(response.PayloadErrorCodes("signIn"));
        Assert.Equal(mentor.Id.ToString(), response.StringAt("signIn.user.id"));
        Assert.Equal(mentor.Email, response.StringAt("signIn.user.email"));
        Assert.Equal("MENTOR", response.StringAt("signIn.user.role"));
        var me = await app.WithToken(response.StringAt("signIn.tokens.accessToken")!).ExecuteAsync("{ me { id } }");
        Assert.Equal(mentor.Id.ToString(), me.EnsureNoErrors().StringAt("me.id"));
    }

    [Fact]
    public async Task Sign_in_ignores_the_case_and_surrounding_spaces_of_the_email()
    {
        var mentee = await app.MenteeAsync();

        var response = await app.Anonymous().SignInAsync("  " + mentee.Email.ToUpperInvariant() + " ");

        Assert.Empty(response.PayloadErrorCodes("signIn"));
        Assert.Equal(mentee.Id.ToString(), response.StringAt("signIn.user.id"));
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_error()
    {
        var mentee = await app.MenteeAsync();

        var wrongPassword = await app.Anonymous().SignInAsync(mentee.Email, "not the password");
        var unknownEmail = await app.Anonymous().SignInAsync("nobody-here@example.com", "not the password");

        Assert.Equal(wrongPassword.At("signIn").GetRawText(), unknownEmail.At("signIn").GetRawText());
        Assert.Equal(["INVALID_CREDENTIALS"], wrongPassword.PayloadErrorCodes("signIn"));
        Assert.Equal("InvalidCredentialsError", wrongPassword.StringAt("signIn.errors.0.__typename"));
        Assert.Equal("Email or password is incorrect.", wrongPassword.StringAt("signIn.errors.0.message"));
    }

    [Fact]
    public void Unknown_emails_are_checked_against_a_stand_in_hash_of_the_configured_work_factor()
    {
        var hasher = app.Services.GetRequiredService<PasswordHasher>();

        Assert.StartsWith($"$2a${MentorshipApp.PasswordWorkFactor}$", hasher.UnknownUserHash, StringComparison.Ordinal);
        Assert.False(hasher.Verify(MentorshipApp.UserPassword, hasher.UnknownUserHash));
    }

    [Fact]
    public async Task Deactivated_user_with_the_right_password_gets_AccountDeactivated_and_no_tokens()
    {
        var mentee = await app.MenteeAsync();
        await Deactivate(mentee.Id);

        var response = await app.Anonymous().SignInAsync(mentee.Email);

        Assert.Equal(["ACCOUNT_DEACTIVATED"], response.PayloadErrorCodes("signIn"));
        Assert.Equal(JsonNull, response.At("signIn.tokens").ValueKind);
        Assert.Equal(JsonNull, response.At("signIn.user").ValueKind);
    }

    [Fact]
    public async Task Deactivated_user_with_a_wrong_password_gets_InvalidCredentials()
    {
        var mentee = await app.MenteeAsync();
        await Deactivate(mentee.Id);

        var response = await app.Anonymous().SignInAsync(mentee.Email, "not the password");

        Assert.Equal(["INVALID_CREDENTIALS"], response.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task Sign_in_upgrades_a_hash_made_at_a_lower_work_factor()
    {
        var mentee = await app.MenteeAsync();
        var weakHash = BCrypt.Net.BCrypt.HashPassword(MentorshipApp.UserPassword, 4);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == mentee.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, weakHash)));

        var response = await app.Anonymous().SignInAsync(mentee.Email);

        Assert.Empty(response.PayloadErrorCodes("signIn"));
        var hash = await app.WithDbAsync(db => db.Users.Where(u => u.Id == mentee.Id).Select(u => u.PasswordHash).SingleAsync());
        Assert.StartsWith($"$2a${MentorshipApp.PasswordWorkFactor}$", hash, StringComparison.Ordinal);
        Assert.True(BCrypt.Net.BCrypt.Verify(MentorshipApp.UserPassword, hash));
    }

    [Fact]
    public async Task Each_sign_in_opens_its_own_token_family()
    {
        var mentor = await app.MentorAsync();

        await app.Anonymous().SignInAsync(mentor.Email);
        await app.Anonymous().SignInAsync(mentor.Email);

        var families = await app.WithDbAsync(db => db.RefreshTokens.Where(t => t.UserId == mentor.Id).Select(t => t.FamilyId).Distinct().CountAsync());
        Assert.Equal(2, families);
    }

    private async Task Deactivate(Guid userId) =>
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false).SetProperty(u => u.DeactivatedAt, DateTimeOffset.UtcNow)));
}
