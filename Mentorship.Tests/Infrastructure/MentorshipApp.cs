using System.Globalization;
using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// The real server on its own fresh database, one per test class (<c>IClassFixture&lt;MentorshipApp&gt;</c>).
/// Hands out GraphQL clients that are anonymous or signed in with real tokens.
/// </summary>
public class MentorshipApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@mentorship.test";
    public const string AdminPassword = "admin-password-for-tests";
    public const string UserPassword = "correct horse battery";
    public const string SigningKey = "test-signing-key-that-is-long-enough-for-hs256";

    /// <summary>The lowest work factor the server accepts, so tests spend as little time hashing as allowed.</summary>
    public const int PasswordWorkFactor = 11;

    private static readonly Lazy<string> UserPasswordHash = new(() => BCrypt.Net.BCrypt.HashPassword(UserPassword, PasswordWorkFactor));
    private int userCounter;

    public string ConnectionString { get; private set; } = null!;

    /// <summary>Extra settings a test class needs, applied over the defaults below.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        StartServer();
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync(ConnectionString);
    }

    public GraphQLClient Anonymous() => new(CreateClient(), accessToken: null);

    public GraphQLClient WithToken(string accessToken) => new(CreateClient(), accessToken);

    public Task<TestUser> MenteeAsync(string? displayName = null) => CreateUserAsync(Role.Mentee, displayName);

    public Task<TestUser> MentorAsync(string? displayName = null) => CreateUserAsync(Role.Mentor, displayName);

    public Task<TestUser> AdminAsync(string? displayName = null) => CreateUserAsync(Role.Admin, displayName);

    public async Task<GraphQLClient> AsMenteeAsync() => (await MenteeAsync()).Client;

    public async Task<GraphQLClient> AsMentorAsync() => (await MentorAsync()).Client;

    public async Task<GraphQLClient> AsAdminAsync() => (await AdminAsync()).Client;

    /// <summary>A user written straight to the database (password <see cref="UserPassword"/>), with a real access token.</summary>
    public async Task<TestUser> CreateUserAsync(Role role, string? displayName = null, string? email = null)
    {
        var number = Interlocked.Increment(ref userCounter);
        email ??= $"{role.ToString().ToLowerInvariant()}{number}@example.com";
        var clock = Services.GetRequiredService<TimeProvider>();
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            NormalizedEmail = email.ToLowerInvariant(),
            PasswordHash = UserPasswordHash.Value,
            Role = role,
            CreatedAt = clock.GetUtcNow(),
            SecurityStamp = Guid.NewGuid(),
            Profile = new Profile { DisplayName = displayName ?? $"{role} {number}", UpdatedAt = clock.GetUtcNow() },
        };
        await WithDbAsync(async db =>
        {
            db.Users.Add(user);
            await db.SaveChangesAsync();
        });
        var token = Services.GetRequiredService<AccessTokenService>().Issue(user);
        return new TestUser(user.Id, email, role, token.Value, WithToken(token.Value));
    }

    /// <summary>Runs <paramref name="work"/> on a DbContext of its own, to arrange or inspect rows directly.</summary>
    public async Task WithDbAsync(Func<MentorshipDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<MentorshipDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<MentorshipDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MentorshipDbContext>());
    }

    /// <summary>The database this server gets; by default a fresh copy of the migrated template.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => TestDatabases.CreateAsync();

    protected virtual Task DropDatabaseAsync(string connectionString) => TestDatabases.DropAsync(connectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Mentorship", ConnectionString);
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Passwords:WorkFactor", PasswordWorkFactor.ToString(CultureInfo.InvariantCulture));

        // Tests explore the schema as developers do, and sign in and up far more often than a person; the defaults
        // outside Development (introspection off, a few sign-ins per minute per address) have tests of their own.
        builder.UseSetting("GraphQL:EnableIntrospection", "true");
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:SignUp:PermitLimit", "1000000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
