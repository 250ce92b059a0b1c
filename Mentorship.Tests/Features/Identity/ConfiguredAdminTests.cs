using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Tests.Features.Identity;

public sealed class ConfiguredAdminTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task The_configured_admin_is_created_at_start_up_and_signs_in_as_ADMIN()
    {
        var response = await app.Anonymous().SignInAsync(MentorshipApp.AdminEmail, MentorshipApp.AdminPassword);

        Assert.Empty(response.PayloadErrorCodes("signIn"));
        Assert.Equal("ADMIN", response.StringAt("signIn.user.role"));
        var displayName = await app.WithDbAsync(db => db.Profiles.Where(p => p.User.NormalizedEmail == MentorshipApp.AdminEmail).Select(p => p.DisplayName).SingleAsync());
        Assert.Equal("Administrator", displayName);
    }

    [Fact]
    public async Task A_restart_with_another_admin_password_leaves_the_existing_admin_unchanged()
    {
        await using (var restarted = await MentorshipApp.StartAsync(options =>
            options.OnDatabase(app.ConnectionString).WithSetting("Admin:Password", "a-different-admin-password").CaptureLogs()))
        {
            Assert.Contains("exists; it is left unchanged", restarted.Logs.ToString(), StringComparison.Ordinal);
        }

        var oldPassword = await app.Anonymous().SignInAsync(MentorshipApp.AdminEmail, MentorshipApp.AdminPassword);
        var newPassword = await app.Anonymous().SignInAsync(MentorshipApp.AdminEmail, "a-different-admin-password");

        Assert.Empty(oldPassword.PayloadErrorCodes("signIn"));
        Assert.Equal(["INVALID_CREDENTIALS"], newPassword.PayloadErrorCodes("signIn"));
    }

    [Fact]
    public async Task An_account_that_already_has_the_admin_email_keeps_its_role_and_password()
    {
        var connectionString = await TestDatabases.CreateAsync();
        try
        {
            var existing = await InsertMenteeAsync(connectionString, MentorshipApp.AdminEmail.ToUpperInvariant());

            var server = await MentorshipApp.StartAsync(options => options.OnDatabase(connectionString));
            await server.DisposeAsync();

            var users = await UsersWithAdminEmailAsync(connectionString);
            var user = Assert.Single(users);
            Assert.Equal(Role.Mentee, user.Role);
            Assert.Equal(existing.PasswordHash, user.PasswordHash);
        }
        finally
        {
            await TestDatabases.DropAsync(connectionString);
        }
    }

    [Fact]
    public async Task Two_instances_starting_at_once_create_exactly_one_admin()
    {
        var connectionString = await TestDatabases.CreateAsync();
        try
        {
            await using var first = new MentorshipApp(options => options.OnDatabase(connectionString).CaptureLogs());
            await using var second = new MentorshipApp(options => options.OnDatabase(connectionString).CaptureLogs());

            await Task.WhenAll(Task.Run(first.InitializeAsync), Task.Run(second.InitializeAsync));

            var admin = Assert.Single(await UsersWithAdminEmailAsync(connectionString));
            Assert.Equal(Role.Admin, admin.Role);
            var created = $"{first.Logs}\n{second.Logs}".Split('\n').Count(line => line.Contains("Created the configured admin", StringComparison.Ordinal));
            Assert.Equal(1, created);
        }
        finally
        {
            await TestDatabases.DropAsync(connectionString);
        }
    }

    [Fact]
    public async Task A_database_without_migrations_is_logged_and_skipped_and_the_server_still_starts()
    {
        var server = await PostgresServer.GetAsync();
        var name = $"mentorship_unmigrated_{Guid.NewGuid():N}";
        await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE \"{name}\"");
        var connectionString = server.ConnectionStringFor(name);
        try
        {
            await using var instance = await MentorshipApp.StartAsync(options => options.OnDatabase(connectionString).CaptureLogs());

            var response = await instance.Anonymous().ExecuteAsync("{ __typename }");

            Assert.Equal("Query", response.EnsureNoErrors().StringAt("__typename"));
            Assert.Contains("The database is not migrated yet", instance.Logs.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await TestDatabases.DropAsync(connectionString);
        }
    }

    [Fact]
    public async Task An_unreachable_database_is_logged_and_the_server_still_starts()
    {
        await using var instance = await MentorshipApp.StartAsync(options =>
            options.OnDatabase("Host=127.0.0.1;Port=1;Database=unreachable;Timeout=1").CaptureLogs());

        var response = await instance.Anonymous().ExecuteAsync("{ __typename }");

        Assert.Equal("Query", response.EnsureNoErrors().StringAt("__typename"));
        Assert.Contains("The database could not be reached", instance.Logs.ToString(), StringComparison.Ordinal);
    }

    private static async Task<User> InsertMenteeAsync(string connectionString, string email)
    {
        await using var db = Database(connectionString);
        var now = DateTimeOffset.UtcNow;
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            NormalizedEmail = email.ToLowerInvariant(),
            PasswordHash = BCrypt.Net.BCrypt.HashPassword(MentorshipApp.UserPassword, MentorshipApp.PasswordWorkFactor),
            Role = Role.Mentee,
            CreatedAt = now,
            SecurityStamp = Guid.NewGuid(),
            Profile = new Profile { DisplayName = "Earlier user", UpdatedAt = now },
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    private static async Task<List<User>> UsersWithAdminEmailAsync(string connectionString)
    {
        await using var db = Database(connectionString);
        return await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == MentorshipApp.AdminEmail).ToListAsync();
    }

    private static MentorshipDbContext Database(string connectionString) =>
        new(new DbContextOptionsBuilder<MentorshipDbContext>().UseMentorshipDatabase(connectionString).Options);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
