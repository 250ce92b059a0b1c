using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using FeedbackEntity = Mentorship.Data.Entities.Feedback;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Sessions;

public sealed class MySessionsTests(AppFor<MySessionsTests> host) : IClassFixture<AppFor<MySessionsTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseFakeClock();

    [Fact]
    public async Task A_session_is_completed_once_it_has_ended_by_the_clock_and_moves_from_upcoming_to_past()
    {
        var (mentee, mentor) = await app.PairAsync();
        var start = DaysAheadAt(1, hour: 8, app.Clock.GetUtcNow());
        var first = await mentee.BookedAsync(mentor, start, 60);
        var second = await mentee.BookedAsync(mentor, start.AddHours(2), 30);
        var cancelled = await mentee.BookedAsync(mentor, start.AddDays(1), 30);
        (await mentor.CancelAsync(cancelled)).EnsureNoErrors();

        app.Clock.Advance(start.AddMinutes(60) - app.Clock.GetUtcNow());
        (mentee, mentor) = (await app.SignedInAgainAsync(mentee), await app.SignedInAgainAsync(mentor));
        var upcoming = await mentee.MySessionsAsync("UPCOMING");
        var past = await mentor.MySessionsAsync("PAST");
        var all = await mentee.MySessionsAsync();

        Assert.Equal([(second, "SCHEDULED"), (cancelled, "CANCELLED")], Nodes(upcoming));
        Assert.Equal([(first, "COMPLETED")], Nodes(past));
        Assert.Equal([(cancelled, "CANCELLED"), (second, "SCHEDULED"), (first, "COMPLETED")], Nodes(all));
        Assert.Equal((2, 1, 3), (upcoming.At("mySessions.totalCount").GetInt32(), past.At("mySessions.totalCount").GetInt32(), all.At("mySessions.totalCount").GetInt32()));

        // Nothing was written: completed is read from the clock.
        Assert.Equal(SessionStatus.Scheduled, (await app.StoredSessionAsync(first)).Status);
    }

    [Fact]
    public async Task A_running_session_is_still_upcoming_and_scheduled()
    {
        var (mentee, mentor) = await app.PairAsync();
        var start = DaysAheadAt(1, hour: 8, app.Clock.GetUtcNow());
        var session = await mentee.BookedAsync(mentor, start, 60);

        app.Clock.Advance(start.AddMinutes(59) - app.Clock.GetUtcNow());
        var upcoming = await (await app.SignedInAgainAsync(mentee)).MySessionsAsync("UPCOMING");

        Assert.Equal([(session, "SCHEDULED")], Nodes(upcoming));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats()
    {
        var (mentee, mentor) = await app.PairAsync();
        var start = DaysAheadAt(1, hour: 8, app.Clock.GetUtcNow());
        var booked = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            booked.Add(await mentee.BookedAsync(mentor, start.AddHours(i), 30));
        }

        var firstPage = await mentor.MySessionsAsync("UPCOMING", first: 2);
        var secondPage = await mentor.MySessionsAsync("UPCOMING", first: 2, after: firstPage.StringAt("mySessions.pageInfo.endCursor"));
        var lastPage = await mentor.MySessionsAsync("UPCOMING", first: 2, after: secondPage.StringAt("mySessions.pageInfo.endCursor"));
        var wrongCursor = await mentor.MySessionsAsync("PAST", first: 2, after: firstPage.StringAt("mySessions.pageInfo.endCursor"));

        Assert.Equal(booked, [.. Nodes(firstPage).Concat(Nodes(secondPage)).Concat(Nodes(lastPage)).Select(n => n.Id)]);
        Assert.True(secondPage.At("mySessions.pageInfo.hasNextPage").GetBoolean());
        Assert.False(lastPage.At("mySessions.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(5, lastPage.At("mySessions.totalCount").GetInt32());
        Assert.Equal(["BAD_USER_INPUT"], wrongCursor.ErrorCodes);
    }

    [Fact]
    public async Task Nobody_else_sees_a_session()
    {
        var (mentee, mentor) = await app.PairAsync();
        await mentee.BookedAsync(mentor, DaysAheadAt(1, hour: 8, app.Clock.GetUtcNow()));
        var otherMentee = await app.MenteeAsync();
        var admin = await app.AdminAsync();

        var asOtherMentee = await otherMentee.MySessionsAsync();
        var asAdmin = await admin.MySessionsAsync();
        var anonymous = await app.Anonymous().ExecuteAsync(SessionOperations.MySessions);

        Assert.Empty(Nodes(asOtherMentee));
        Assert.Empty(Nodes(asAdmin));
        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task Feedback_is_null_until_given_and_then_shows_on_the_session()
    {
        var (mentee, mentor) = await app.PairAsync();
        var start = DaysAheadAt(1, hour: 8, app.Clock.GetUtcNow());
        var sessionId = await mentee.BookedAsync(mentor, start, 30);
        var before = await mentee.MySessionsAsync();

        // Straight to the database: submitting feedback is another feature's.
        var feedbackId = Guid.CreateVersion7();
        await app.WithDbAsync(async db =>
        {
            db.Feedback.Add(new FeedbackEntity
            {
                Id = feedbackId,
                SessionId = sessionId,
                MentorId = mentor.Id,
                MenteeId = mentee.Id,
                Rating = 4,
                Comment = "Helpful.",
                CreatedAt = start.AddHours(1),
            });
            await db.SaveChangesAsync();
        });
        var after = await mentor.Client.ExecuteAsync("query { mySessions { nodes { id feedback { id rating comment createdAt session { id } } } } }");

        Assert.Equal(JsonValueKind.Null, before.At("mySessions.nodes.0.feedback").ValueKind);
        after.EnsureNoErrors();
        var feedback = after.At("mySessions.nodes.0.feedback");
        Assert.Equal(
            (feedbackId.ToString(), 4, "Helpful.", sessionId.ToString()),
            (feedback.GetProperty("id").GetString(), feedback.GetProperty("rating").GetInt32(), feedback.GetProperty("comment").GetString(), feedback.GetProperty("session").GetProperty("id").GetString()));
    }

    private static IReadOnlyList<(Guid Id, string Status)> Nodes(GraphQLResponse response)
    {
        response.EnsureNoErrors();
        return [.. response.At("mySessions.nodes").EnumerateArray().Select(n => (Guid.Parse(n.GetProperty("id").GetString()!), n.GetProperty("status").GetString()!))];
    }
}
