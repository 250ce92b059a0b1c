using System.Diagnostics;
using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Realtime;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;

namespace Mentorship.Benchmarks;

/// <summary>A fresh, migrated database of the benchmark's own on the local cluster, dropped when done.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private const string Name = "mentorship_bench";

    /// <summary>
    /// Connections that publish at once, as the commits of many requests (and many instances) do; one alone would
    /// measure its own round trips rather than the server.
    /// </summary>
    private const int Publishers = 4;

    /// <summary>Notifications each publishing connection sends in one write, each still its own transaction.</summary>
    private const int PipelinedNotifications = 8;

    private readonly string adminConnectionString;
    private readonly NpgsqlConnection[] notifiers;

    private BenchDatabase(string adminConnectionString, string connectionString)
    {
        this.adminConnectionString = adminConnectionString;
        ConnectionString = connectionString;
        notifiers = [.. Enumerable.Range(0, Publishers).Select(_ => new NpgsqlConnection(connectionString))];
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
        foreach (var notifier in database.notifiers)
        {
            await notifier.OpenAsync();
        }

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

    /// <summary>
    /// A mentor in Europe/Berlin available 08:00–20:00 every day, with <paramref name="sessions"/> one-hour sessions
    /// (up to seven a day, from tomorrow on) booked by one mentee; returns the mentor's id and the start of tomorrow,
    /// Berlin time, from which the sessions run for at most <paramref name="days"/> days.
    /// </summary>
    public async Task<(Guid MentorId, DateTimeOffset From)> SeedBusyMentorAsync(int sessions, int days)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var now = DateTimeOffset.UtcNow;
        var tomorrow = SystemClock.Instance.GetCurrentInstant().InZone(zone).Date.PlusDays(1);
        if ((sessions + 6) / 7 > days)
        {
            throw new ArgumentOutOfRangeException(nameof(sessions), $"At most seven sessions a day fit in {days} days.");
        }

        var mentor = NewUser(Role.Mentor, "bench-busy-mentor", now);
        var mentee = NewUser(Role.Mentee, "bench-busy-mentee", now);
        var (request, mentorship) = NewMentorship(mentor, mentee, now);
        var availability = new WeeklyAvailability
        {
            MentorId = mentor.Id,
            TimeZone = zone.Id,
            UpdatedAt = now,
            Blocks =
            [
                .. Enum.GetValues<DayOfWeek>().Select(day => new AvailabilityBlock
                {
                    Id = Guid.CreateVersion7(),
                    MentorId = mentor.Id,
                    DayOfWeek = day,
                    StartTime = new TimeOnly(8, 0),
                    EndTime = new TimeOnly(20, 0),
                }),
            ],
        };

        // 08:00, 09:30, 11:00, … 17:00 local: seven hours a day with half an hour between sessions.
        var booked = Enumerable.Range(0, sessions).Select(i =>
        {
            var start = tomorrow.PlusDays(i / 7).At(new LocalTime(8, 0).PlusMinutes(90 * (i % 7))).InZoneLeniently(zone).ToInstant().ToDateTimeOffset();
            return new Session
            {
                Id = Guid.CreateVersion7(),
                MentorId = mentor.Id,
                MenteeId = mentee.Id,
                MentorshipId = mentorship.Id,
                StartsAt = start,
                EndsAt = start.AddHours(1),
                Status = SessionStatus.Scheduled,
                CreatedAt = now,
            };
        });

        await using var db = Open(ConnectionString);
        db.Users.AddRange(mentor, mentee);
        db.MentorshipRequests.Add(request);
        db.Pairings.Add(mentorship);
        db.WeeklyAvailabilities.Add(availability);
        db.Sessions.AddRange(booked);
        await db.SaveChangesAsync();
        return (mentor.Id, tomorrow.AtStartOfDayInZone(zone).ToDateTimeOffset().ToUniversalTime());
    }

    /// <summary>
    /// The discovery data set, the same in every run: <paramref name="mentors"/> active mentors with bios, skills, time
    /// zones and ratings (a fifth unrated), 50 inactive mentors and 200 mentees discovery must skip, and one mentee with
    /// <paramref name="requests"/> requests to as many mentors (at most five pending, the rest answered). Returns that
    /// mentee.
    /// </summary>
    public async Task<User> SeedDiscoveryAsync(int mentors, int requests)
    {
        var random = new Random(13);
        var epoch = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string[] skills = ["C#", "Go", "Rust", "TypeScript", "React", "PostgreSQL", "Kubernetes", "System design", "Testing", "Career growth", "Public speaking", "Leadership"];
        string[] zones = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London", "America/Sao_Paulo", "Australia/Sydney"];

        User NewSeededUser(Role role, string name, int index, bool active)
        {
            var user = NewUser(role, name, epoch.AddMinutes(-index));
            user.Id = NextGuid(random);
            user.SecurityStamp = NextGuid(random);
            user.IsActive = active;
            user.DeactivatedAt = active ? null : epoch;
            return user;
        }

        var users = new List<User>();
        for (var i = 1; i <= mentors; i++)
        {
            var mentor = NewSeededUser(Role.Mentor, $"mentor-{i:D4}", i, active: true);
            var chosen = random.GetItems(skills, 4).Distinct().ToList();
            mentor.Profile.DisplayName = $"Mentor {i:D4}";
            mentor.Profile.Bio = $"Mentor {i} has shipped software for {5 + (i % 20)} years and helps with {string.Join(", ", chosen)}.";
            mentor.Profile.Skills = chosen;
            mentor.Profile.SkillKeys = [.. chosen.Select(s => s.ToLowerInvariant())];
            mentor.Profile.TimeZone = zones[i % zones.Length];
            if (i % 5 != 0)
            {
                mentor.Profile.RatingCount = 1 + random.Next(40);
                mentor.Profile.RatingSum = mentor.Profile.RatingCount * 3 + random.Next(2 * mentor.Profile.RatingCount + 1);
            }

            users.Add(mentor);
        }

        users.AddRange(Enumerable.Range(1, 50).Select(i => NewSeededUser(Role.Mentor, $"inactive-mentor-{i:D2}", mentors + i, active: false)));
        users.AddRange(Enumerable.Range(1, 200).Select(i => NewSeededUser(Role.Mentee, $"mentee-{i:D3}", mentors + 50 + i, active: true)));
        var asker = users[^1];
        var statuses = new[] { MentorshipRequestStatus.Accepted, MentorshipRequestStatus.Declined, MentorshipRequestStatus.Withdrawn };
        var asked = Enumerable.Range(0, requests).Select(i =>
        {
            var status = i < 5 ? MentorshipRequestStatus.Pending : statuses[i % statuses.Length];
            var created = epoch.AddHours(-i);
            var answered = status is MentorshipRequestStatus.Pending ? (DateTimeOffset?)null : created.AddHours(1);
            return new MentorshipRequest
            {
                Id = NextGuid(random),
                MenteeId = asker.Id,
                MentorId = users[i].Id,
                Message = $"Could you help me with {users[i].Profile.Skills[0]}?",
                Status = status,
                CreatedAt = created,
                RespondedAt = answered,
                RespondedById = answered is null ? null : status == MentorshipRequestStatus.Withdrawn ? asker.Id : users[i].Id,
            };
        }).ToList();

        await using var db = Open(ConnectionString);
        db.Users.AddRange(users);
        db.MentorshipRequests.AddRange(asked);
        await db.SaveChangesAsync();
        await using (var analyze = new NpgsqlCommand("ANALYZE", notifiers[0]))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        return asker;
    }

    /// <summary>A request <paramref name="mentor"/> accepted from <paramref name="mentee"/>, and their running mentorship.</summary>
    private static (MentorshipRequest Request, Pairing Mentorship) NewMentorship(User mentor, User mentee, DateTimeOffset now)
    {
        var request = new MentorshipRequest
        {
            Id = Guid.CreateVersion7(),
            MenteeId = mentee.Id,
            MentorId = mentor.Id,
            Status = MentorshipRequestStatus.Accepted,
            CreatedAt = now,
            RespondedAt = now,
            RespondedById = mentor.Id,
        };
        var mentorship = new Pairing
        {
            Id = Guid.CreateVersion7(),
            MentorId = mentor.Id,
            MenteeId = mentee.Id,
            RequestId = request.Id,
            Status = MentorshipStatus.Active,
            StartedAt = now,
        };
        return (request, mentorship);
    }

    /// <summary>
    /// One mentor and <paramref name="mentees"/> mentees, each with an accepted request, a running mentorship and one
    /// scheduled hour with the mentor (one after another from tomorrow on, so none overlaps another).
    /// </summary>
    public async Task<IReadOnlyList<(User Mentee, Session Session)>> SeedSessionsAsync(int mentees)
    {
        var now = DateTimeOffset.UtcNow;
        var firstStart = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        var mentor = NewUser(Role.Mentor, "bench-session-mentor", now);
        await using var db = Open(ConnectionString);
        db.Users.Add(mentor);
        var seeded = new List<(User, Session)>();
        for (var i = 0; i < mentees; i++)
        {
            var mentee = NewUser(Role.Mentee, $"bench-session-mentee-{i + 1}", now);
            var (request, mentorship) = NewMentorship(mentor, mentee, now);
            var session = new Session
            {
                Id = Guid.CreateVersion7(),
                MentorId = mentor.Id,
                MenteeId = mentee.Id,
                MentorshipId = mentorship.Id,
                StartsAt = firstStart.AddHours(i),
                EndsAt = firstStart.AddHours(i + 1),
                Status = SessionStatus.Scheduled,
                Agenda = "Career planning",
                CreatedAt = now,
            };
            db.Users.Add(mentee);
            db.MentorshipRequests.Add(request);
            db.Pairings.Add(mentorship);
            db.Sessions.Add(session);
            seeded.Add((mentee, session));
        }

        await db.SaveChangesAsync();
        return seeded;
    }

    /// <summary>
    /// Announces each change exactly as the server does when one commits, each notification its own transaction, from
    /// several connections at once, as the commits of many requests would come. Each connection pipelines its share in
    /// groups of <see cref="PipelinedNotifications"/>: a group goes out in one write, every notification followed by a
    /// Sync so that it commits on its own, and the next group once the last answer is in. Notes in
    /// <paramref name="sentAt"/> the <see cref="Stopwatch"/> timestamp at which each notification's group was sent
    /// (its earliest possible commit; a later one only adds to the latency measured).
    /// </summary>
    public async Task NotifyAsync(IReadOnlyList<RealtimeEvent> changes, long[] sentAt)
    {
        await Task.WhenAll(notifiers.Select(async (notifier, publisher) =>
        {
            var mine = Enumerable.Range(0, changes.Count).Where(i => i % notifiers.Length == publisher).ToArray();
            foreach (var group in mine.Chunk(PipelinedNotifications))
            {
                await using var batch = new NpgsqlBatch(notifier) { EnableErrorBarriers = true };
                foreach (var i in group)
                {
                    var notify = new NpgsqlBatchCommand("SELECT pg_notify($1, $2)");
                    notify.Parameters.Add(new NpgsqlParameter { Value = RealtimeChannel.Name });
                    notify.Parameters.Add(new NpgsqlParameter { Value = changes[i].ToPayload() });
                    batch.BatchCommands.Add(notify);
                }

                var sent = Stopwatch.GetTimestamp();
                foreach (var i in group)
                {
                    sentAt[i] = sent;
                }

                await batch.ExecuteNonQueryAsync();
            }
        }));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var notifier in notifiers)
        {
            await notifier.DisposeAsync();
        }

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

    private static Guid NextGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

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
