using System.Text.Json;
using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using FeedbackEntity = Mentorship.Data.Entities.Feedback;

namespace Mentorship.Tests.Features.Administration;

/// <summary>Statistics over a database of this class's own, so every number is known.</summary>
public sealed class PlatformStatsTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Platform_stats_count_every_role_request_status_and_session_status_and_average_the_ratings()
    {
        // The configured admin exists from start-up; this one asks.
        var admin = await app.AsAdminAsync();
        var empty = await StatsAsync(admin);
        Assert.Equal(new Dictionary<string, int> { ["MENTEE"] = 0, ["MENTOR"] = 0, ["ADMIN"] = 2 }, Counts(empty, "usersByRole", "role"));
        Assert.Equal(new Dictionary<string, int> { ["PENDING"] = 0, ["ACCEPTED"] = 0, ["DECLINED"] = 0, ["WITHDRAWN"] = 0 }, Counts(empty, "requestsByStatus", "status"));
        Assert.Equal(new Dictionary<string, int> { ["SCHEDULED"] = 0, ["CANCELLED"] = 0, ["COMPLETED"] = 0 }, Counts(empty, "sessionsByStatus", "status"));
        Assert.Equal(0, empty.GetProperty("feedbackCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("averageRating").ValueKind);

        var mentors = new[] { await app.MentorAsync(), await app.MentorAsync(), await app.MentorAsync() };
        var mentees = new[] { await app.MenteeAsync(), await app.MenteeAsync(), await app.MenteeAsync(), await app.MenteeAsync() };
        await app.DeactivateAsync(mentors[2].Id);
        var now = DateTimeOffset.UtcNow;
        await app.WithDbAsync(async db =>
        {
            var first = Accepted(db, mentors[0].Id, mentees[0].Id, now);
            var second = Accepted(db, mentors[1].Id, mentees[1].Id, now);
            Request(db, mentors[0].Id, mentees[1].Id, MentorshipRequestStatus.Pending, now);
            Request(db, mentors[1].Id, mentees[2].Id, MentorshipRequestStatus.Pending, now);
            Request(db, mentors[2].Id, mentees[3].Id, MentorshipRequestStatus.Pending, now);
            Request(db, mentors[0].Id, mentees[2].Id, MentorshipRequestStatus.Declined, now);
            Request(db, mentors[1].Id, mentees[3].Id, MentorshipRequestStatus.Withdrawn, now);

            // Two ahead, three ended (completed, rated 5, 4 and 4), one cancelled, one under way (still scheduled).
            SessionOf(db, first, now.AddDays(2), SessionStatus.Scheduled);
            SessionOf(db, second, now.AddDays(3), SessionStatus.Scheduled);
            Rate(db, SessionOf(db, first, now.AddDays(-3), SessionStatus.Scheduled), 5, now);
            Rate(db, SessionOf(db, first, now.AddDays(-2), SessionStatus.Scheduled), 4, now);
            Rate(db, SessionOf(db, second, now.AddDays(-2), SessionStatus.Scheduled), 4, now);
            SessionOf(db, second, now.AddDays(1), SessionStatus.Cancelled);
            SessionOf(db, second, now.AddMinutes(-10), SessionStatus.Scheduled);
            await db.SaveChangesAsync();
        });

        var stats = await StatsAsync(admin);

        Assert.Equal(new Dictionary<string, int> { ["MENTEE"] = 4, ["MENTOR"] = 3, ["ADMIN"] = 2 }, Counts(stats, "usersByRole", "role"));
        Assert.Equal(new Dictionary<string, int> { ["PENDING"] = 3, ["ACCEPTED"] = 2, ["DECLINED"] = 1, ["WITHDRAWN"] = 1 }, Counts(stats, "requestsByStatus", "status"));
        Assert.Equal(new Dictionary<string, int> { ["SCHEDULED"] = 3, ["CANCELLED"] = 1, ["COMPLETED"] = 3 }, Counts(stats, "sessionsByStatus", "status"));
        Assert.Equal(3, stats.GetProperty("feedbackCount").GetInt32());
        Assert.Equal(13.0 / 3, stats.GetProperty("averageRating").GetDouble(), 12);
    }

    private static async Task<JsonElement> StatsAsync(GraphQLClient admin) =>
        (await admin.ExecuteAsync(AdminOperations.PlatformStats)).EnsureNoErrors().At("platformStats");

    private static Dictionary<string, int> Counts(JsonElement stats, string list, string key) =>
        stats.GetProperty(list).EnumerateArray().ToDictionary(e => e.GetProperty(key).GetString()!, e => e.GetProperty("count").GetInt32());

    private static MentorshipRequest Request(MentorshipDbContext db, Guid mentorId, Guid menteeId, MentorshipRequestStatus status, DateTimeOffset now)
    {
        var request = new MentorshipRequest
        {
            Id = Guid.CreateVersion7(),
            MentorId = mentorId,
            MenteeId = menteeId,
            Status = status,
            CreatedAt = now.AddDays(-10),
            RespondedAt = status == MentorshipRequestStatus.Pending ? null : now.AddDays(-9),
            RespondedById = status switch
            {
                MentorshipRequestStatus.Pending => null,
                MentorshipRequestStatus.Withdrawn => menteeId,
                _ => mentorId,
            },
        };
        db.MentorshipRequests.Add(request);
        return request;
    }

    private static Pairing Accepted(MentorshipDbContext db, Guid mentorId, Guid menteeId, DateTimeOffset now)
    {
        var request = Request(db, mentorId, menteeId, MentorshipRequestStatus.Accepted, now);
        var mentorship = new Pairing
        {
            Id = Guid.CreateVersion7(),
            MentorId = mentorId,
            MenteeId = menteeId,
            RequestId = request.Id,
            Status = MentorshipStatus.Active,
            StartedAt = now.AddDays(-9),
        };
        db.Pairings.Add(mentorship);
        return mentorship;
    }

    private static Session SessionOf(MentorshipDbContext db, Pairing mentorship, DateTimeOffset startsAt, SessionStatus status)
    {
        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            MentorshipId = mentorship.Id,
            MentorId = mentorship.MentorId,
            MenteeId = mentorship.MenteeId,
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(1),
            Status = status,
            CreatedAt = startsAt.AddDays(-5),
            CancelledAt = status == SessionStatus.Cancelled ? startsAt.AddDays(-1) : null,
            CancelledById = status == SessionStatus.Cancelled ? mentorship.MenteeId : null,
        };
        db.Sessions.Add(session);
        return session;
    }

    private static void Rate(MentorshipDbContext db, Session session, short rating, DateTimeOffset now) =>
        db.Feedback.Add(new FeedbackEntity
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            MentorId = session.MentorId,
            MenteeId = session.MenteeId,
            Rating = rating,
            CreatedAt = now,
        });
}
