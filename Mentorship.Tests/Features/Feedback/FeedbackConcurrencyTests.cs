using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Feedback;

public sealed class FeedbackConcurrencyTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Twenty_ratings_of_one_mentor_at_once_all_count_exactly()
    {
        var mentor = await app.MentorAsync();
        var mentee = await app.MenteeAsync();
        var sessions = await app.CompletedSessionsAsync(mentee, mentor, 20);

        var responses = await Task.WhenAll(sessions.Select((sessionId, i) => mentee.SubmitAsync(sessionId, rating: i % 5 + 1)));

        Assert.All(responses, r => Assert.Null(r.EnsureNoErrors().StringAt("submitFeedback.errors")));
        var (count, sum, average, rowCount, rowAverage) = await app.RatingTotalsAsync(mentor.Id);
        var rowSum = await app.WithDbAsync(db => db.Feedback.Where(f => f.MentorId == mentor.Id).SumAsync(f => (int)f.Rating));
        Assert.Equal((20, 60, 3.0), (count, sum, average));
        Assert.Equal((count, sum), (rowCount, rowSum));
        Assert.Equal(rowAverage!.Value, average!.Value, precision: 12);
    }

    [Fact]
    public async Task Of_two_ratings_of_one_session_at_once_exactly_one_is_kept_and_counted()
    {
        var mentor = await app.MentorAsync();
        var mentee = await app.MenteeAsync();
        var sessionId = (await app.CompletedSessionsAsync(mentee, mentor)).Single();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => mentee.SubmitAsync(sessionId, rating: i % 5 + 1)));

        var kept = responses.Where(r => r.EnsureNoErrors().At("submitFeedback.feedback").ValueKind != System.Text.Json.JsonValueKind.Null).ToList();
        var winner = Assert.Single(kept).At("submitFeedback.feedback.rating").GetInt32();
        Assert.All(responses.Except(kept), r => Assert.Equal("FEEDBACK_ALREADY_GIVEN", r.FeedbackRefusal()));
        Assert.Equal((1, winner, (double)winner, 1, (double)winner), await app.RatingTotalsAsync(mentor.Id));
    }
}
