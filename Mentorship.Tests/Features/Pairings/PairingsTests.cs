using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Pairings;
using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Features.Scheduling;
using Mentorship.Tests.Features.Sessions;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Pairings;

public sealed class PairingsTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string MyMentorships = """
        query MyMentorships {
          myMentorships {
            id status startedAt endedAt
            mentor { id role profile { displayName } }
            mentee { id role profile { displayName } }
          }
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Either_party_can_end_a_mentorship(bool mentorEnds)
    {
        var (mentee, mentor, mentorshipId) = await ActiveMentorshipAsync();
        var ender = mentorEnds ? mentor : mentee;

        var response = await ender.EndAsync(mentorshipId);

        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("endMentorship.errors").ValueKind);
        Assert.Equal("ENDED", response.StringAt("endMentorship.mentorship.status"));
        Assert.NotNull(response.StringAt("endMentorship.mentorship.endedAt"));
        var stored = await app.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(m => m.Id == mentorshipId));
        Assert.Equal((MentorshipStatus.Ended, ender.Id), (stored.Status, stored.EndedById));
    }

    [Fact]
    public async Task Ending_a_mentorship_cancels_its_sessions_that_have_not_started_saying_why()
    {
        var (mentee, mentor, mentorshipId) = await ActiveMentorshipAsync();
        await mentor.SetAlwaysAvailableAsync();
        var otherMentor = await app.MentorAsync();
        await otherMentor.SetAlwaysAvailableAsync();
        await app.MentorshipAsync(mentee, otherMentor);
        var start = AvailabilityOperations.DaysAheadAt(2, hour: 10);
        var upcoming = new[] { await mentee.BookedAsync(mentor, start), await mentee.BookedAsync(mentor, start.AddDays(3)) };
        var withOtherMentor = await mentee.BookedAsync(otherMentor, start.AddHours(2));
        var past = await PastSessionAsync(mentorshipId, mentor, mentee);

        (await mentor.EndAsync(mentorshipId)).EnsureNoErrors();

        var sessions = await app.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.MenteeId == mentee.Id).ToDictionaryAsync(s => s.Id));
        Assert.All(upcoming, id => Assert.Equal(
            (SessionStatus.Cancelled, mentor.Id, PairingService.EndedSessionReason),
            (sessions[id].Status, sessions[id].CancelledById, sessions[id].CancellationReason)));
        Assert.Equal(SessionStatus.Scheduled, sessions[withOtherMentor].Status);
        Assert.Equal(SessionStatus.Scheduled, sessions[past].Status);
        Assert.Contains(start, await app.Anonymous().SlotStartsAsync(mentor.Id, start, start.AddMinutes(15)));
    }

    [Fact]
    public async Task A_mentorship_reads_as_not_found_to_anyone_else()
    {
        var (_, _, mentorshipId) = await ActiveMentorshipAsync();
        var stranger = await app.MentorAsync();

        var response = await stranger.EndAsync(mentorshipId);

        Assert.Equal("MENTORSHIP_NOT_FOUND", response.RefusalCode("endMentorship", "mentorship"));
        Assert.Equal(MentorshipStatus.Active, await app.WithDbAsync(db => db.Pairings.Where(m => m.Id == mentorshipId).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Ending_an_ended_mentorship_is_refused()
    {
        var (mentee, mentor, mentorshipId) = await ActiveMentorshipAsync();
        await mentor.EndAsync(mentorshipId);
        var ended = await app.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(m => m.Id == mentorshipId));

        var response = await mentee.EndAsync(mentorshipId);

        Assert.Equal("MENTORSHIP_ALREADY_ENDED", response.RefusalCode("endMentorship", "mentorship"));
        var stored = await app.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(m => m.Id == mentorshipId));
        Assert.Equal(mentor.Id, stored.EndedById);
        Assert.Equal(ended.EndedAt, stored.EndedAt);
    }

    [Fact]
    public async Task While_a_mentorship_runs_a_new_request_to_that_mentor_is_a_duplicate()
    {
        var (mentee, mentor, _) = await ActiveMentorshipAsync();

        var response = await mentee.SendAsync(mentor.Id);

        Assert.Equal("DUPLICATE_REQUEST", response.RefusalCode("sendMentorshipRequest"));
    }

    [Fact]
    public async Task After_a_mentorship_ends_the_mentee_may_ask_the_same_mentor_again()
    {
        var (mentee, mentor, mentorshipId) = await ActiveMentorshipAsync();
        await mentee.EndAsync(mentorshipId);

        var again = await mentee.SendAsync(mentor.Id);
        var newMentorship = await mentor.AcceptedMentorshipAsync(Guid.Parse(again.StringAt("sendMentorshipRequest.request.id")!));

        Assert.NotEqual(mentorshipId, newMentorship);
        var statuses = await app.WithDbAsync(db => db.Pairings.Where(m => m.MenteeId == mentee.Id).OrderBy(m => m.StartedAt).Select(m => m.Status).ToListAsync());
        Assert.Equal([MentorshipStatus.Ended, MentorshipStatus.Active], statuses);
    }

    [Fact]
    public async Task My_mentorships_lists_the_callers_mentorships_from_either_side_active_first()
    {
        var mentee = await app.MenteeAsync("Mentee M");
        var mentorA = await app.MentorAsync("Mentor A");
        var mentorB = await app.MentorAsync("Mentor B");
        var ended = await mentorA.AcceptedMentorshipAsync(await mentee.SentRequestAsync(mentorA));
        await mentee.EndAsync(ended);
        var active = await mentorB.AcceptedMentorshipAsync(await mentee.SentRequestAsync(mentorB));
        await ActiveMentorshipAsync();

        var asMentee = await mentee.Client.ExecuteAsync(MyMentorships);
        var asMentor = await mentorB.Client.ExecuteAsync(MyMentorships);

        asMentee.EnsureNoErrors();
        Assert.Equal([active.ToString(), ended.ToString()], asMentee.At("myMentorships").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal("ACTIVE", asMentee.StringAt("myMentorships.0.status"));
        Assert.Equal("Mentor B", asMentee.StringAt("myMentorships.0.mentor.profile.displayName"));
        Assert.Equal("Mentee M", asMentee.StringAt("myMentorships.0.mentee.profile.displayName"));
        Assert.Equal("ENDED", asMentee.StringAt("myMentorships.1.status"));
        Assert.NotNull(asMentee.StringAt("myMentorships.1.endedAt"));
        asMentor.EnsureNoErrors();
        Assert.Equal([active.ToString()], asMentor.At("myMentorships").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    /// <summary>A session that ended yesterday, straight in the database: the API books only ahead.</summary>
    private async Task<Guid> PastSessionAsync(Guid mentorshipId, TestUser mentor, TestUser mentee)
    {
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            MentorId = mentor.Id,
            MenteeId = mentee.Id,
            MentorshipId = mentorshipId,
            StartsAt = yesterday,
            EndsAt = yesterday.AddHours(1),
            Status = SessionStatus.Scheduled,
            CreatedAt = yesterday.AddDays(-1),
        };
        await app.WithDbAsync(db =>
        {
            db.Sessions.Add(session);
            return db.SaveChangesAsync();
        });
        return session.Id;
    }

    private async Task<(TestUser Mentee, TestUser Mentor, Guid MentorshipId)> ActiveMentorshipAsync()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var mentorshipId = await mentor.AcceptedMentorshipAsync(await mentee.SentRequestAsync(mentor));
        return (mentee, mentor, mentorshipId);
    }
}
