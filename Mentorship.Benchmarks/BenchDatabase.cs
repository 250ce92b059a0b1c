using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Requests;
using Mentorship.GraphQL.Realtime;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Benchmarks;

/// <summary>A fresh, migrated database of the benchmark's own on the local cluster, dropped when done.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private const string Name = "mentorship_bench";
    private readonly string adminConnectionString;
    private readonly NpgsqlConnection notifier;

    private BenchDatabase(string adminConnectionString, string connectionString)
    {
        this.adminConnectionString = adminConnectionString;
        ConnectionString = connectionString;
        notifier = new NpgsqlConnection(connectionString);
    }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string adminConnectionString)
    {
        await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        await ExecuteAsync(adminConnectionString, $"CREATE DATABASE {Name}");
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = Name }.ConnectionString;
        await using (var db = Open(connectionString))
        {
            await db.Database.MigrateAsync();
        }

        var database = new BenchDatabase(adminConnectionString, connectionString);
        await database.notifier.OpenAsync();
        return database;
    }

    /// <summary>One mentor and <paramref name="mentees"/> mentees, each with a pending request to the mentor.</summary>
    public async Task<(User Mentor, IReadOnlyList<(User Mentee, MentorshipRequest Request)> Mentees)> SeedAsync(int mentees)
    {
        var now = DateTimeOffset.UtcNow;
        var mentor = NewUser(Role.Mentor, "bench-mentor", now);
        var pairs = Enumerable.Range(1, mentees).Select(i =>
        {
            var mentee = NewUser(Role.Mentee, $"bench-mentee-{i}", now);
            var request = new MentorshipRequest
            {
                Id = Guid.CreateVersion7(),
                MenteeId = mentee.Id,
                MentorId = mentor.Id,
                Status = MentorshipRequestStatus.Pending,
                CreatedAt = now,
            };
            return (mentee, request);
        }).ToList();

        await using var db = Open(ConnectionString);
        db.Users.Add(mentor);
        db.Users.AddRange(pairs.Select(p => p.mentee));
        db.MentorshipRequests.AddRange(pairs.Select(p => p.request));
        await db.SaveChangesAsync();
        return (mentor, pairs);
    }

    /// <summary>Announces a change to <paramref name="request"/> exactly as the server does when one commits.</summary>
    public async Task NotifyAsync(MentorshipRequest request)
    {
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", notifier);
        notify.Parameters.AddWithValue("channel", RealtimeChannel.Name);
        notify.Parameters.AddWithValue("payload", MentorshipRequestEvents.UpdatedEvent(request).ToPayload());
        await notify.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await notifier.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static User NewUser(Role role, string name, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Email = $"{name}@bench.invalid",
        NormalizedEmail = $"{name}@bench.invalid",
        // Nobody signs in: the benchmark issues tokens itself.
        PasswordHash = "-",
        Role = role,
        CreatedAt = now,
        SecurityStamp = Guid.NewGuid(),
        Profile = new Profile { DisplayName = name, UpdatedAt = now },
    };

    private static MentorshipDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<MentorshipDbContext>().UseMentorshipDatabase(connectionString).Options);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
