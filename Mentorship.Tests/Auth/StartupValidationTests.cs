using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Auth;

/// <summary>Settings that would leave the server insecure or half-configured stop it from starting, with a message that says what to set.</summary>
public sealed class StartupValidationTests
{
    // Start-up fails before the database is used, so none is needed.
    private const string NoDatabase = "Host=127.0.0.1;Port=1;Database=unused;Timeout=1";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("31-bytes-is-one-byte-too-short!")]
    public async Task Outside_Development_a_missing_or_short_signing_key_stops_the_server_with_a_clear_message(string? signingKey)
    {
        var message = await StartupFailureAsync(new() { ["Jwt:SigningKey"] = signingKey });

        Assert.Contains("No JWT signing key of at least 32 bytes is configured. Set Jwt__SigningKey", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("32")]
    public async Task A_bcrypt_work_factor_outside_11_to_31_stops_the_server(string workFactor)
    {
        var message = await StartupFailureAsync(new() { ["Passwords:WorkFactor"] = workFactor });

        Assert.Contains("Passwords__WorkFactor must be between 11 and 31", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_email_without_a_password_stops_the_server()
    {
        var message = await StartupFailureAsync(new() { ["Admin:Password"] = null });

        Assert.Contains("Set both Admin__Email and Admin__Password for the first admin, or neither.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_password_too_short_for_the_password_rules_stops_the_server()
    {
        var message = await StartupFailureAsync(new() { ["Admin:Password"] = "short" });

        Assert.Contains("Admin__Password: A password needs at least 8 bytes", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trusted_documents_file_with_an_entry_under_a_wrong_hash_stops_the_server()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mentorship-trusted-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, $$"""{"{{new string('0', 64)}}": "{ __typename }"}""");
        try
        {
            var message = await StartupFailureAsync(new() { ["GraphQL:PersistedQueries:TrustedDocumentsFile"] = path });

            Assert.Contains($"'{new string('0', 64)}' is not the SHA-256 hash of its document", message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_trusted_documents_file_that_is_not_json_stops_the_server()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mentorship-trusted-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "query { __typename }");
        try
        {
            var message = await StartupFailureAsync(new() { ["GraphQL:PersistedQueries:TrustedDocumentsFile"] = path });

            Assert.Contains($"The trusted documents file '{path}' cannot be read as JSON", message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// What the host logs when it refuses to start. The log is read rather than the exception, because the test
    /// host sometimes reports a failed start as a disposed service provider instead of its cause.
    /// </summary>
    private static async Task<string> StartupFailureAsync(Dictionary<string, string?> settings)
    {
        await using var server = new MentorshipApp(options => options.OnDatabase(NoDatabase).WithSettings(settings).CaptureLogs());
        await Assert.ThrowsAnyAsync<Exception>(server.InitializeAsync);
        return server.Logs.ToString();
    }
}
