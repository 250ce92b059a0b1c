using System.Text.Json;
using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Features.Sessions;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Feedback;

public sealed class SubmitFeedbackTests(AppFor<SubmitFeedbackTests> host) : IClassFixture<AppFor<SubmitFeedbackTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseFakeClock();

    [Fact]
    public async Task Mentee_rates_a_session_once_the_clock_has_passed_its_end_and_the_mentors_rating_counts_it()
    {
        var (mentee, mentor) = await app.PairAsync();
        var start = DaysAheadAt(1, hour: 9, app.Clock.GetUtcNow());
        var sessionId = await mentee.BookedAsync(mentor, start, 60);

        var upcoming = await mentee.SubmitAsync(sessionId, 5);
        app.Clock.Advance(start.AddMinutes(59) - app.Clock.GetUtcNow());
        var running = await (await app.SignedInAgainAsync(mentee)).SubmitAsync(sessionId, 5);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        (mentee, mentor) = (await app.SignedInAgainAsync(mentee), await app.SignedInAgainAsync(mentor));
        var given = await mentee.SubmitAsync(sessionId, 4, "  Clear and kind.  ");
        var again = await mentee.SubmitAsync(sessionId, 1, "Changed my mind.");
        var mentorsView = await mentor.MySessionsAsync("PAST");

        Assert.Equal(("SESSION_NOT_COMPLETED", "SESSION_NOT_COMPLETED"), (upcoming.FeedbackRefusal(), running.FeedbackRefusal()));
        given.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, given.At("submitFeedback.errors").ValueKind);
        Assert.Equal(
            (4, "Clear and kind.", sessionId.ToString(), mentee.Id.ToString()),
            (given.At("submitFeedback.feedback.rating").GetInt32(), given.StringAt("submitFeedback.feedback.comment"),
                given.StringAt("submitFeedback.feedback.session.id"), given.StringAt("submitFeedback.feedback.mentee.id")));
        Assert.Equal(app.Clock.GetUtcNow(), Instant(given.StringAt("submitFeedback.feedback.createdAt")));
        Assert.Equal("FEEDBACK_ALREADY_GIVEN", again.FeedbackRefusal());
        mentorsView.EnsureNoErrors();
        Assert.Equal(4, mentorsView.At("mySessions.nodes.0.feedback.rating").GetInt32());
        Assert.Equal((1, 4, 4.0, 1, 4.0), await app.RatingTotalsAsync(mentor.Id));
    }

    [Fact]
    public async Task A_cancelled_session_cannot_be_rated_even_after_its_time()
    {
        var (mentee, mentor) = await app.PairAsync();
        var start = DaysAheadAt(1, hour: 14, app.Clock.GetUtcNow());
        var sessionId = await mentee.BookedAsync(mentor, start, 30);
        (await mentor.CancelAsync(sessionId)).EnsureNoErrors();

        app.Clock.Advance(start.AddHours(1) - app.Clock.GetUtcNow());
        var response = await (await app.SignedInAgainAsync(mentee)).SubmitAsync(sessionId, 3);

        Assert.Equal("SESSION_NOT_COMPLETED", response.FeedbackRefusal());
        Assert.Equal((0, 0, null, 0, null), await app.RatingTotalsAsync(mentor.Id));
    }

    [Fact]
    public async Task Only_the_sessions_mentee_may_rate_it_and_to_anyone_else_it_is_not_found()
    {
        var (mentee, mentor) = await app.PairAsync();
        var sessionId = (await app.CompletedSessionsAsync(mentee, mentor)).Single();
        var otherMentee = await app.MenteeAsync();

        var byOtherMentee = await otherMentee.SubmitAsync(sessionId, 5);
        var unknown = await mentee.SubmitAsync(Guid.NewGuid(), 5);
        var byMentor = await mentor.SubmitAsync(sessionId, 5);
        var anonymous = await app.Anonymous().ExecuteAsync(FeedbackOperations.Submit, new { input = new { sessionId, rating = 5 } });

        Assert.Equal("SESSION_NOT_FOUND", byOtherMentee.FeedbackRefusal());
        Assert.Equal("SESSION_NOT_FOUND", unknown.FeedbackRefusal());
        byMentor.AssertForbidden();
        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
        Assert.False(await app.WithDbAsync(db => db.Feedback.AnyAsync(f => f.SessionId == sessionId)));
        Assert.Equal((0, 0, null, 0, null), await app.RatingTotalsAsync(mentor.Id));
    }

    [Theory]
    [InlineData(0, null, "rating")]
    [InlineData(6, null, "rating")]
    [InlineData(-3, null, "rating")]
    [InlineData(5, "too long", "comment")]
    public async Task Malformed_input_is_INVALID_INPUT_naming_the_field_and_writes_nothing(int rating, string? comment, string field)
    {
        var (mentee, mentor) = await app.PairAsync();
        var sessionId = (await app.CompletedSessionsAsync(mentee, mentor)).Single();
        var text = comment == "too long" ? new string('c', 2001) : comment;

        var refused = await mentee.SubmitAsync(sessionId, rating, text);
        var longest = await mentee.SubmitAsync(sessionId, 5, new string('c', 2000));

        Assert.Equal("INVALID_INPUT", refused.FeedbackRefusal());
        Assert.Equal(field, refused.At("submitFeedback.errors").EnumerateArray().Single().GetProperty("field").GetString());
        longest.EnsureNoErrors();
        Assert.Equal(2000, longest.StringAt("submitFeedback.feedback.comment")!.Length);
        Assert.Equal((1, 5, 5.0, 1, 5.0), await app.RatingTotalsAsync(mentor.Id));
    }

    [Fact]
    public async Task A_comment_with_a_NUL_character_is_BAD_USER_INPUT_and_writes_nothing()
    {
        var (mentee, mentor) = await app.PairAsync();
        var sessionId = (await app.CompletedSessionsAsync(mentee, mentor)).Single();

        var refused = await mentee.SubmitAsync(sessionId, 5, "Good\0session");

        Assert.Equal(["BAD_USER_INPUT"], refused.ErrorCodes);
        Assert.Equal((0, 0, (double?)null, 0, (double?)null), await app.RatingTotalsAsync(mentor.Id));
    }

    [Fact]
    public async Task A_refused_second_rating_leaves_the_first_and_the_aggregates_untouched()
    {
        var (mentee, mentor) = await app.PairAsync();
        var sessionId = (await app.CompletedSessionsAsync(mentee, mentor)).Single();
        await mentee.SubmittedAsync(sessionId, 2, "Hm.");

        var again = await mentee.SubmitAsync(sessionId, 5, "Better on reflection.");

        Assert.Equal("FEEDBACK_ALREADY_GIVEN", again.FeedbackRefusal());
        var stored = await app.WithDbAsync(db => db.Feedback.AsNoTracking().Where(f => f.SessionId == sessionId).ToListAsync());
        Assert.Equal([(2, "Hm.")], stored.Select(f => ((int)f.Rating, f.Comment)));
        Assert.Equal((1, 2, 2.0, 1, 2.0), await app.RatingTotalsAsync(mentor.Id));
    }
}
