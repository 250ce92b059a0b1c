using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using FeedbackEntity = Mentorship.Data.Entities.Feedback;
using static Mentorship.Tests.Features.Scheduling.Schedules;

namespace Mentorship.Tests.Features.Scheduling;

/// <summary>What PostgreSQL itself guarantees about sessions, availability, feedback and the audit log, whatever the services do.</summary>
public sealed class SchedulingConstraintsTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string Monday = "2030-01-07";

    [Fact]
    public async Task Overlapping_scheduled_sessions_of_one_mentor_are_refused()
    {
        var mentor = await app.MentorAsync();
        var first = await MentorshipAsync(mentor, await app.MenteeAsync());
        var second = await MentorshipAsync(mentor, await app.MenteeAsync());
        await AddAsync(Scheduled(first, "10:00", 60));

        var refusal = await RefusedAsync(Scheduled(second, "10:30", 60));

        Assert.Equal((PostgresErrorCodes.ExclusionViolation, DatabaseConstraints.MentorSessionOverlap), (refusal.SqlState, refusal.ConstraintName));
        Assert.Equal(1, await SessionCountAsync(mentor.Id));
    }

    [Fact]
    public async Task Overlapping_scheduled_sessions_of_one_mentee_are_refused()
    {
        var mentee = await app.MenteeAsync();
        var first = await MentorshipAsync(await app.MentorAsync(), mentee);
        var second = await MentorshipAsync(await app.MentorAsync(), mentee);
        await AddAsync(Scheduled(first, "10:00", 60));

        var refusal = await RefusedAsync(Scheduled(second, "09:15", 60));

        Assert.Equal((PostgresErrorCodes.ExclusionViolation, DatabaseConstraints.MenteeSessionOverlap), (refusal.SqlState, refusal.ConstraintName));
    }

    [Fact]
    public async Task Sessions_that_touch_are_allowed_for_the_mentor_and_the_mentee()
    {
        var mentor = await app.MentorAsync();
        var mentee = await app.MenteeAsync();
        var pair = await MentorshipAsync(mentor, mentee);
        var otherMentee = await MentorshipAsync(mentor, await app.MenteeAsync());
        var otherMentor = await MentorshipAsync(await app.MentorAsync(), mentee);

        await AddAsync(Scheduled(pair, "10:00", 60));
        await AddAsync(Scheduled(otherMentee, "11:00", 60), Scheduled(otherMentor, "09:00", 60));

        Assert.Equal(2, await SessionCountAsync(mentor.Id));
    }

    [Fact]
    public async Task A_cancelled_session_blocks_nothing()
    {
        var mentor = await app.MentorAsync();
        var mentee = await app.MenteeAsync();
        var pair = await MentorshipAsync(mentor, mentee);
        var cancelled = Scheduled(pair, "10:00", 60);
        await AddAsync(cancelled);
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == cancelled.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, SessionStatus.Cancelled)
            .SetProperty(x => x.CancelledAt, DateTimeOffset.UtcNow)
            .SetProperty(x => x.CancelledById, mentee.Id)));

        await AddAsync(Scheduled(pair, "10:00", 60), Cancelled(pair, "10:30", 60, mentor.Id));

        Assert.Equal(3, await SessionCountAsync(mentor.Id));
    }

    [Fact]
    public async Task Concurrent_bookings_of_one_slot_give_exactly_one_session()
    {
        var mentor = await app.MentorAsync();
        var mentorships = new List<Pairing>();
        for (var i = 0; i < 6; i++)
        {
            mentorships.Add(await MentorshipAsync(mentor, await app.MenteeAsync()));
        }

        var outcomes = await Task.WhenAll(mentorships.Select(async (m, i) =>
        {
            try
            {
                await AddAsync(Scheduled(m, i % 2 == 0 ? "10:00" : "10:15", 60));
                return "booked";
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation } p)
            {
                return p.ConstraintName!;
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == "booked"));
        Assert.Equal(5, outcomes.Count(o => o == DatabaseConstraints.MentorSessionOverlap));
        Assert.Equal(1, await SessionCountAsync(mentor.Id));
    }

    [Fact]
    public async Task A_session_names_the_parties_of_its_mentorship()
    {
        var mentor = await app.MentorAsync();
        var pair = await MentorshipAsync(mentor, await app.MenteeAsync());
        var stranger = await app.MenteeAsync();
        var session = Scheduled(pair, "10:00", 60);
        session.MenteeId = stranger.Id;

        var refusal = await RefusedAsync(session);

        Assert.Equal(
            (PostgresErrorCodes.ForeignKeyViolation, "fk_sessions_mentorships_mentorship_id_mentor_id_mentee_id"),
            (refusal.SqlState, refusal.ConstraintName));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(181)]
    [InlineData(0)]
    [InlineData(-60)]
    public async Task A_session_lasts_15_to_180_minutes(int minutes)
    {
        var pair = await MentorshipAsync(await app.MentorAsync(), await app.MenteeAsync());

        var refusal = await RefusedAsync(Scheduled(pair, "10:00", minutes));

        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_sessions_duration"), (refusal.SqlState, refusal.ConstraintName));
    }

    [Fact]
    public async Task A_session_is_cancelled_exactly_when_it_says_who_and_when()
    {
        var pair = await MentorshipAsync(await app.MentorAsync(), await app.MenteeAsync());
        var unstamped = Scheduled(pair, "10:00", 60);
        unstamped.Status = SessionStatus.Cancelled;
        var stamped = Cancelled(pair, "12:00", 60, pair.MenteeId);
        stamped.Status = SessionStatus.Scheduled;
        stamped.CancellationReason = null;
        var reasonWithoutCancelling = Scheduled(pair, "14:00", 60);
        reasonWithoutCancelling.CancellationReason = "Why?";

        Assert.Equal("ck_sessions_cancelled", (await RefusedAsync(unstamped)).ConstraintName);
        Assert.Equal("ck_sessions_cancelled", (await RefusedAsync(stamped)).ConstraintName);
        Assert.Equal("ck_sessions_cancellation_reason", (await RefusedAsync(reasonWithoutCancelling)).ConstraintName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task A_rating_is_1_to_5(short rating)
    {
        var session = await PastSessionAsync();

        var refusal = await RefusedAsync(FeedbackOn(session, rating));

        Assert.Equal((PostgresErrorCodes.CheckViolation, "ck_feedback_rating"), (refusal.SqlState, refusal.ConstraintName));
    }

    [Fact]
    public async Task A_session_gets_feedback_once()
    {
        var session = await PastSessionAsync();
        await AddAsync(FeedbackOn(session, 5));

        var refusal = await RefusedAsync(FeedbackOn(session, 4));

        Assert.Equal((PostgresErrorCodes.UniqueViolation, DatabaseConstraints.FeedbackPerSession), (refusal.SqlState, refusal.ConstraintName));
    }

    [Fact]
    public async Task Feedback_hides_the_mentees_name_unless_told_otherwise()
    {
        var session = await PastSessionAsync();

        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO feedback (id, session_id, mentor_id, mentee_id, rating, created_at)
            VALUES ({Guid.CreateVersion7()}, {session.Id}, {session.MentorId}, {session.MenteeId}, 4, now())
            """));

        Assert.False(await app.WithDbAsync(db => db.Feedback.Where(f => f.SessionId == session.Id).Select(f => f.ShowMenteeName).SingleAsync()));
    }

    [Fact]
    public async Task The_audit_log_takes_entries_and_never_changes_them()
    {
        var admin = await app.AdminAsync();
        var subject = await app.MenteeAsync();
        var entry = new AuditLogEntry
        {
            Id = Guid.CreateVersion7(),
            ActorId = admin.Id,
            Action = AuditAction.ChangeUserRole,
            SubjectUserId = subject.Id,
            Details = """{"from": "Mentee", "to": "Mentor"}""",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await AddAsync(entry);

        foreach (var (sql, operation) in new[]
        {
            ($"UPDATE audit_log_entries SET action = 'DeactivateUser' WHERE id = '{entry.Id}'", "UPDATE"),
            ($"DELETE FROM audit_log_entries WHERE id = '{entry.Id}'", "DELETE"),
            ("DELETE FROM audit_log_entries WHERE false", "DELETE"),
            ("TRUNCATE audit_log_entries", "TRUNCATE"),
        })
        {
            var refusal = await Assert.ThrowsAsync<PostgresException>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));
            Assert.Equal(PostgresErrorCodes.RaiseException, refusal.SqlState);
            Assert.Equal($"audit_log_entries is append-only: {operation} is not allowed", refusal.MessageText);
        }

        var stored = await app.WithDbAsync(db => db.AuditLogEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id));
        Assert.Equal((AuditAction.ChangeUserRole, subject.Id, """{"to": "Mentor", "from": "Mentee"}"""), (stored.Action, stored.SubjectUserId, stored.Details));
    }

    [Fact]
    public async Task Availability_blocks_are_stored_with_ISO_days_and_midnight_ends()
    {
        var mentor = await app.MentorAsync();

        await AddAsync(Availability(mentor.Id, Block(DayOfWeek.Sunday, "22:00", "00:00"), Block(DayOfWeek.Monday, "00:00", "00:00")));

        var stored = await app.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT day_of_week || ' ' || start_time || '-' || end_time AS \"Value\" FROM availability_blocks WHERE mentor_id = {mentor.Id} ORDER BY day_of_week")
            .ToListAsync());
        Assert.Equal(new[] { "1 00:00:00-00:00:00", "7 22:00:00-00:00:00" }, stored);
        var read = await app.WithDbAsync(db => db.WeeklyAvailabilities.Include(a => a.Blocks).AsNoTracking().SingleAsync(a => a.MentorId == mentor.Id));
        Assert.Equal(
            new[] { (DayOfWeek.Monday, new TimeOnly(0, 0), new TimeOnly(0, 0)), (DayOfWeek.Sunday, new TimeOnly(22, 0), new TimeOnly(0, 0)) },
            read.Blocks.Select(b => (b.DayOfWeek, b.StartTime, b.EndTime)).OrderBy(b => b.StartTime).ThenBy(b => b.DayOfWeek));
    }

    [Theory]
    [InlineData("09:10", "10:00", "ck_availability_blocks_grid")]
    [InlineData("09:00", "10:00:30", "ck_availability_blocks_grid")]
    [InlineData("10:00", "09:00", "ck_availability_blocks_order")]
    [InlineData("10:00", "10:00", "ck_availability_blocks_order")]
    public async Task Availability_blocks_are_on_the_grid_and_end_after_they_start(string start, string end, string constraint)
    {
        var mentor = await app.MentorAsync();

        var refusal = await RefusedAsync(Availability(mentor.Id, Block(DayOfWeek.Monday, start, end)));

        Assert.Equal((PostgresErrorCodes.CheckViolation, constraint), (refusal.SqlState, refusal.ConstraintName));
    }

    [Fact]
    public async Task Overlapping_blocks_of_one_day_are_refused_at_commit()
    {
        var mentor = await app.MentorAsync();

        // Raised by COMMIT, after EF Core's statements ran: it arrives bare, not wrapped in a DbUpdateException.
        var refusal = await Assert.ThrowsAsync<PostgresException>(() =>
            AddAsync(Availability(mentor.Id, Block(DayOfWeek.Monday, "09:00", "11:00"), Block(DayOfWeek.Monday, "10:45", "12:00"))));

        Assert.Equal((PostgresErrorCodes.ExclusionViolation, DatabaseConstraints.AvailabilityBlockOverlap), (refusal.SqlState, refusal.ConstraintName));
        Assert.False(await app.WithDbAsync(db => db.WeeklyAvailabilities.AnyAsync(a => a.MentorId == mentor.Id)));
    }

    [Fact]
    public async Task A_schedule_can_be_replaced_by_blocks_that_overlap_the_old_ones_in_one_transaction()
    {
        var mentor = await app.MentorAsync();
        await AddAsync(Availability(mentor.Id, Block(DayOfWeek.Monday, "09:00", "11:00"), Block(DayOfWeek.Monday, "22:00", "00:00")));

        await app.WithDbAsync(async db =>
        {
            var availability = await db.WeeklyAvailabilities.Include(a => a.Blocks).SingleAsync(a => a.MentorId == mentor.Id);
            availability.Blocks = [NewBlock(Block(DayOfWeek.Monday, "10:00", "12:00")), NewBlock(Block(DayOfWeek.Monday, "21:00", "23:00"))];
            availability.TimeZone = "America/New_York";
            await db.SaveChangesAsync();
        });

        var blocks = await app.WithDbAsync(db => db.AvailabilityBlocks.Where(b => b.MentorId == mentor.Id).OrderBy(b => b.StartTime).Select(b => b.StartTime).ToListAsync());
        Assert.Equal(new[] { new TimeOnly(10, 0), new TimeOnly(21, 0) }, blocks);
    }

    [Fact]
    public async Task Email_search_can_use_the_trigram_index()
    {
        var plan = await app.WithDbAsync(async db =>
        {
            // Tables this small are read whole; with sequential scans off the planner shows whether the index applies.
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SET LOCAL enable_seqscan = off";
            await command.ExecuteNonQueryAsync();
            command.CommandText = "EXPLAIN SELECT id FROM users WHERE normalized_email LIKE '%' || lower('MENTOR') || '%'";
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            return string.Join('\n', lines);
        });

        Assert.Contains("ix_users_normalized_email_trgm", plan, StringComparison.Ordinal);
    }

    private async Task<Pairing> MentorshipAsync(TestUser mentor, TestUser mentee)
    {
        var now = DateTimeOffset.UtcNow;
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
        await AddAsync(request, mentorship);
        return mentorship;
    }

    private async Task<Session> PastSessionAsync()
    {
        var pair = await MentorshipAsync(await app.MentorAsync(), await app.MenteeAsync());
        var session = Scheduled(pair, "10:00", 60);
        session.StartsAt = session.StartsAt.AddYears(-10);
        session.EndsAt = session.EndsAt.AddYears(-10);
        await AddAsync(session);
        return session;
    }

    private static Session Scheduled(Pairing mentorship, string startTime, int minutes)
    {
        var startsAt = At($"{Monday}T{startTime}:00Z");
        return new Session
        {
            Id = Guid.CreateVersion7(),
            MentorId = mentorship.MentorId,
            MenteeId = mentorship.MenteeId,
            MentorshipId = mentorship.Id,
            StartsAt = startsAt,
            EndsAt = startsAt.AddMinutes(minutes),
            Status = SessionStatus.Scheduled,
            CreatedAt = DateTimeOffset.UtcNow,
        };
    }

    private static Session Cancelled(Pairing mentorship, string startTime, int minutes, Guid cancelledById)
    {
        var session = Scheduled(mentorship, startTime, minutes);
        session.Status = SessionStatus.Cancelled;
        session.CancelledAt = DateTimeOffset.UtcNow;
        session.CancelledById = cancelledById;
        session.CancellationReason = "Something came up.";
        return session;
    }

    private static FeedbackEntity FeedbackOn(Session session, short rating) => new()
    {
        Id = Guid.CreateVersion7(),
        SessionId = session.Id,
        MentorId = session.MentorId,
        MenteeId = session.MenteeId,
        Rating = rating,
        CreatedAt = DateTimeOffset.UtcNow,
    };

    private static WeeklyAvailability Availability(Guid mentorId, params GraphQL.Features.Scheduling.WeeklyBlock[] blocks) => new()
    {
        MentorId = mentorId,
        TimeZone = "Europe/Berlin",
        UpdatedAt = DateTimeOffset.UtcNow,
        Blocks = [.. blocks.Select(NewBlock)],
    };

    private static AvailabilityBlock NewBlock(GraphQL.Features.Scheduling.WeeklyBlock block) => new()
    {
        Id = Guid.CreateVersion7(),
        DayOfWeek = block.DayOfWeek,
        StartTime = block.StartTime,
        EndTime = block.EndTime,
    };

    private Task AddAsync(params object[] rows) => app.WithDbAsync(async db =>
    {
        db.AddRange(rows);
        await db.SaveChangesAsync();
    });

    /// <summary>The PostgreSQL error that refused the rows, whether it came with the statement or at commit.</summary>
    private async Task<PostgresException> RefusedAsync(params object[] rows)
    {
        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => AddAsync(rows));
        return Assert.IsType<PostgresException>(refusal is DbUpdateException ? refusal.InnerException : refusal);
    }

    private Task<int> SessionCountAsync(Guid mentorId) =>
        app.WithDbAsync(db => db.Sessions.CountAsync(s => s.MentorId == mentorId));
}
