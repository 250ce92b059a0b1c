using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// The server on a database the test looks after itself: for several instances on one database, a database
/// that is not migrated, or settings that must stop the server from starting. Settings given here win over
/// the defaults of <see cref="MentorshipApp"/>, which it shares.
/// </summary>
public sealed class ServerOnDatabase(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Mentorship", connectionString);
        builder.UseSetting("Jwt:SigningKey", MentorshipApp.SigningKey);
        builder.UseSetting("Admin:Email", MentorshipApp.AdminEmail);
        builder.UseSetting("Admin:Password", MentorshipApp.AdminPassword);
        builder.UseSetting("Passwords:WorkFactor", MentorshipApp.PasswordWorkFactor.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
