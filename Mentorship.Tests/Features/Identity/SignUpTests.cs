using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Identity;

public sealed class SignUpTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const JsonValueKind JsonNull = JsonValueKind.Null;

    [Fact]
    public async Task Sign_up_creates_the_user_with_profile_and_signs_them_in()
    {
        var response = await app.Anonymous().SignUpAsync("grace@example.com", displayName: "Grace Hopper", role: "MENTOR");

        Assert.Empty(response.PayloadErrorCodes("signUp"));
        Assert.Equal("grace@example.com", response.StringAt("signUp.user.email"));
        Assert.Equal("MENTOR", response.StringAt("signUp.user.role"));
        Assert.True(response.At("signUp.user.isActive").GetBoolean());
        Assert.Equal("Grace Hopper", response.StringAt("signUp.user.profile.displayName"));
        var me = await app.WithToken(response.StringAt("signUp.tokens.accessToken")!).ExecuteAsync("{ me { id profile { displayName } } }");
        me.EnsureNoErrors();
        Assert.Equal(response.StringAt("signUp.user.id"), me.StringAt("me.id"));
        Assert.Equal("Grace Hopper", me.StringAt("me.profile.displayName"));
    }

    [Fact]
    public async Task Sign_up_stores_the_refresh_token_only_as_its_SHA256_hash()
    {
        var response = await app.Anonymous().SignUpAsync("hash-only@example.com");

        var refreshToken = response.StringAt("signUp.tokens.refreshToken")!;
        Assert.True(Base64UrlBytes(refreshToken) >= 32, "The refresh token carries at least 32 random bytes.");
        var userId = Guid.Parse(response.StringAt("signUp.user.id")!);
        var stored = await app.WithDbAsync(db => db.RefreshTokens.AsNoTracking().SingleAsync(t => t.UserId == userId));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)), stored.TokenHash);
        Assert.Null(stored.RevokedAt);
    }

    [Fact]
    public async Task Sign_up_hashes_the_password_with_bcrypt_at_the_configured_work_factor()
    {
        await app.Anonymous().SignUpAsync("bcrypt@example.com", password: "a long enough password");

        var hash = await app.WithDbAsync(db => db.Users.Where(u => u.NormalizedEmail == "bcrypt@example.com").Select(u => u.PasswordHash).SingleAsync());
        Assert.StartsWith($"$2a${MentorshipApp.PasswordWorkFactor}$", hash, StringComparison.Ordinal);
        Assert.True(BCrypt.Net.BCrypt.Verify("a long enough password", hash));
    }

    [Fact]
    public async Task Sign_up_trims_the_email_and_keeps_its_case_but_compares_without_case()
    {
        var first = await app.Anonymous().SignUpAsync("  Ada.Byron@Example.COM ");
        var second = await app.Anonymous().SignUpAsync("ada.byron@example.com");

        Assert.Equal("Ada.Byron@Example.COM", first.StringAt("signUp.user.email"));
        Assert.Equal(["EMAIL_TAKEN"], second.PayloadErrorCodes("signUp"));
        Assert.Equal("EmailTakenError", second.StringAt("signUp.errors.0.__typename"));
        Assert.Equal(JsonNull, second.At("signUp.user").ValueKind);
        Assert.Equal(JsonNull, second.At("signUp.tokens").ValueKind);
        var normalized = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "Ada.Byron@Example.COM").Select(u => u.NormalizedEmail).SingleAsync());
        Assert.Equal("ada.byron@example.com", normalized);
    }

    [Fact]
    public async Task Sign_up_as_ADMIN_is_refused_with_InvalidInputError_on_role()
    {
        var response = await app.Anonymous().SignUpAsync("would-be-admin@example.com", role: "ADMIN");

        Assert.Equal(["INVALID_INPUT"], response.PayloadErrorCodes("signUp"));
        Assert.Equal("role", response.StringAt("signUp.errors.0.field"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.NormalizedEmail == "would-be-admin@example.com")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-at-sign.example.com")]
    [InlineData("two@@example.com")]
    [InlineData("no-domain-dot@example")]
    [InlineData("space inside@example.com")]
    [InlineData("trailing-dot@example.com.")]
    [InlineData("line\nbreak@example.com")]
    public async Task Sign_up_with_a_malformed_email_is_refused_with_InvalidInputError_on_email(string email)
    {
        var response = await app.Anonymous().SignUpAsync(email);

        Assert.Equal(["INVALID_INPUT"], response.PayloadErrorCodes("signUp"));
        Assert.Equal("email", response.StringAt("signUp.errors.0.field"));
    }

    [Fact]
    public async Task Sign_up_with_an_email_longer_than_254_characters_is_refused()
    {
        var email = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 3)) + ".example.com";
        Assert.True(email.Length > 254);

        var response = await app.Anonymous().SignUpAsync(email);

        Assert.Equal(["INVALID_INPUT"], response.PayloadErrorCodes("signUp"));
        Assert.Equal("email", response.StringAt("signUp.errors.0.field"));
    }

    [Theory]
    [InlineData("seven77")]
    [InlineData("€€€€€€€€€€€€€€€€€€€€€€€€x")] // 25 characters but 73 bytes as UTF-8
    public async Task Sign_up_with_a_password_outside_8_to_72_UTF8_bytes_is_refused_with_InvalidInputError_on_password(string password)
    {
        var response = await app.Anonymous().SignUpAsync($"password-{password.Length}@example.com", password: password);

        Assert.Equal(["INVALID_INPUT"], response.PayloadErrorCodes("signUp"));
        Assert.Equal("password", response.StringAt("signUp.errors.0.field"));
    }

    [Fact]
    public async Task Sign_up_accepts_a_password_of_exactly_72_UTF8_bytes()
    {
        var password = new string('€', 24); // 72 bytes as UTF-8

        var signUp = await app.Anonymous().SignUpAsync("bytes-72@example.com", password: password);
        var signIn = await app.Anonymous().SignInAsync("bytes-72@example.com", password);

        Assert.Empty(signUp.PayloadErrorCodes("signUp"));
        Assert.Empty(signIn.PayloadErrorCodes("signIn"));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("Line\nbreak")]
    public async Task Sign_up_with_an_empty_or_control_character_display_name_is_refused(string displayName)
    {
        var response = await app.Anonymous().SignUpAsync($"display-{displayName.Length}@example.com", displayName: displayName);

        Assert.Equal(["INVALID_INPUT"], response.PayloadErrorCodes("signUp"));
        Assert.Equal("displayName", response.StringAt("signUp.errors.0.field"));
    }

    [Fact]
    public async Task Sign_up_trims_the_display_name_and_allows_100_characters_but_not_101()
    {
        var accepted = await app.Anonymous().SignUpAsync("name-100@example.com", displayName: "  " + new string('n', 100) + "  ");
        var refused = await app.Anonymous().SignUpAsync("name-101@example.com", displayName: new string('n', 101));

        Assert.Equal(new string('n', 100), accepted.StringAt("signUp.user.profile.displayName"));
        Assert.Equal(["INVALID_INPUT"], refused.PayloadErrorCodes("signUp"));
        Assert.Equal("displayName", refused.StringAt("signUp.errors.0.field"));
    }

    [Fact]
    public async Task Sign_up_reports_every_malformed_field_at_once()
    {
        var response = await app.Anonymous().SignUpAsync("not-an-email", password: "short", displayName: "", role: "ADMIN");

        var fields = response.At("signUp.errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).Order().ToList();
        Assert.Equal(["displayName", "email", "password", "role"], fields);
    }

    [Fact]
    public async Task Concurrent_sign_ups_with_one_email_create_one_user_and_EmailTaken_for_the_rest()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            app.Anonymous().SignUpAsync(i % 2 == 0 ? "race@example.com" : "RACE@example.com", displayName: $"Racer {i}")));

        var outcomes = attempts.Select(r => r.PayloadErrorCodes("signUp").SingleOrDefault() ?? "OK").Order().ToList();
        Assert.Equal(["EMAIL_TAKEN", "EMAIL_TAKEN", "EMAIL_TAKEN", "OK"], outcomes);
        var users = await app.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == "race@example.com"));
        Assert.Equal(1, users);
        var profiles = await app.WithDbAsync(db => db.Profiles.CountAsync(p => p.User.NormalizedEmail == "race@example.com"));
        Assert.Equal(1, profiles);
    }

    private static int Base64UrlBytes(string token) => System.Buffers.Text.Base64Url.DecodeFromChars(token).Length;
}
