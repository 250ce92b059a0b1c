using System.Text.RegularExpressions;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Observability;
using Mentorship.Tests.Features.Identity;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Mentorship.Tests.Observability;

/// <summary>Every category logs down to Trace here, so whatever any level could write is examined.</summary>
public sealed class OperationLogTests(AppFor<OperationLogTests> host) : IClassFixture<AppFor<OperationLogTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options
        .CaptureLogs()
        .WithSetting("Logging:LogLevel:Default", "Trace")
        .WithSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
        .WithSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace");

    [Fact]
    public async Task Each_operation_writes_one_information_line_with_type_name_outcome_duration_errors_and_user()
    {
        var mentee = await app.MenteeAsync();

        await mentee.Client.ExecuteAsync("query LoggedMe { me { id } }");
        await app.Anonymous().ExecuteAsync("query LoggedRefusal { me { id } }");

        var signedIn = Assert.Single(OperationLines("LoggedMe"));
        Assert.Equal(LogLevel.Information, signedIn.Level);
        Assert.Matches($@"^GraphQL query LoggedMe success in \d+\.\d ms; errors \[\]; user {mentee.Id}$", signedIn.Message);
        var refused = Assert.Single(OperationLines("LoggedRefusal"));
        Assert.Matches(@"^GraphQL query LoggedRefusal rejected in \d+\.\d ms; errors \[UNAUTHENTICATED\]; user \(none\)$", refused.Message);
    }

    [Fact]
    public async Task Signing_in_logs_no_password_token_or_email_at_any_level()
    {
        const string WrongPassword = "a-wrong-password-to-look-for";
        var email = $"log-watch-{Guid.NewGuid():N}@example.com";
        var user = await app.CreateUserAsync(Role.Mentee, email: email);
        var passwordHash = await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());

        var refused = await app.Anonymous().SignInAsync(email.ToUpperInvariant(), WrongPassword);
        var accepted = await app.Anonymous().SignInAsync(email);

        Assert.Equal(["INVALID_CREDENTIALS"], refused.PayloadErrorCodes("signIn"));
        Assert.Empty(accepted.PayloadErrorCodes("signIn"));
        var accessToken = accepted.StringAt("signIn.tokens.accessToken")!;
        var refreshToken = accepted.StringAt("signIn.tokens.refreshToken")!;
        Assert.Contains(OperationLines("SignIn"), line => line.Message.EndsWith($"user {user.Id}", StringComparison.Ordinal));
        Assert.Contains(OperationLines("SignIn"), line => line.Message.EndsWith("user (none)", StringComparison.Ordinal));
        var everything = app.Logs.Everything;
        Assert.All(
            new[] { WrongPassword, MentorshipApp.UserPassword, email, email.ToUpperInvariant(), passwordHash, accessToken, refreshToken }
                .Concat(accessToken.Split('.').Skip(1)),
            secret => Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Outside_Development_no_SQL_statement_is_logged_at_Information()
    {
        await using var production = await MentorshipApp.StartAsync(options => options.UseEnvironment("Production").CaptureLogs());
        await production.MentorAsync();

        (await production.Anonymous().ExecuteAsync("query LoggedInProduction { mentors(first: 5) { nodes { id } } }")).EnsureNoErrors();

        Assert.Single(production.Logs.Entries, e => e.Category == GraphQLOperationTelemetry.LogCategory && e.Message.Contains("LoggedInProduction", StringComparison.Ordinal));
        Assert.DoesNotContain(production.Logs.Entries, e => e.Level >= LogLevel.Information
            && (e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || e.Category.StartsWith("Npgsql", StringComparison.Ordinal)));
    }

    private List<(string Category, LogLevel Level, string Message, Exception? Exception)> OperationLines(string operationName) =>
        [.. app.Logs.Entries.Where(e => e.Category == GraphQLOperationTelemetry.LogCategory && OperationNamed(operationName).IsMatch(e.Message))];

    private static Regex OperationNamed(string operationName) => new($@"^GraphQL \w+ {Regex.Escape(operationName)} ");
}
