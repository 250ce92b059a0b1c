using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Features.Sessions;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Feedback;

/// <summary>The client's feedback operations (as in the contract, plus the author) and short ways to run them.</summary>
internal static class FeedbackOperations
{
    public const string Submit = $$"""
        mutation SubmitFeedback($input: SubmitFeedbackInput!) {
          submitFeedback(input: $input) {
            feedback { id rating comment createdAt session { id } mentee { id } }
            errors { ...ErrorFields ... on InvalidInputError { field } }
          }
        }
        {{RequestOperations.ErrorFields}}
        """;

    /// <summary>The contract's MentorDetail feedback, with paging and the author.</summary>
    public const string MentorFeedback = """
        query MentorDetail($id: ID!, $feedbackFirst: Int, $after: String) {
          mentor(id: $id) {
            rating { average count }
            feedback(first: $feedbackFirst, after: $after) {
              totalCount
              pageInfo { hasNextPage endCursor }
              nodes { id rating comment createdAt mentee { id } }
            }
          }
        }
        """;

    /// <summary>Sessions placed an hour apart, each ending at least an hour before now, so no two overlap.</summary>
    private static int placedSessions;

    public static Task<GraphQLResponse> SubmitAsync(this TestUser mentee, Guid sessionId, int rating, string? comment = null, bool? showName = null) =>
        mentee.Client.ExecuteAsync(Submit, new { input = new { sessionId, rating, comment, showName } });

    /// <summary>Submits feedback that must succeed and returns its id.</summary>
    public static async Task<Guid> SubmittedAsync(this TestUser mentee, Guid sessionId, int rating, string? comment = null, bool? showName = null)
    {
        var response = await mentee.SubmitAsync(sessionId, rating, comment, showName);
        response.EnsureNoErrors();
        Assert.True(response.At("submitFeedback.errors").ValueKind == JsonValueKind.Null, response.Body);
        return Guid.Parse(response.StringAt("submitFeedback.feedback.id")!);
    }

    /// <summary>The single payload error's code, after checking the mutation returned no feedback.</summary>
    public static string? FeedbackRefusal(this GraphQLResponse response) => response.RefusalCode("submitFeedback", "feedback");

    /// <summary>
    /// <paramref name="count"/> completed sessions of the mentee with the mentor, written straight to the database in the
    /// past (booking only takes future times); starts a mentorship through the API first when they have none.
    /// </summary>
    public static async Task<List<Guid>> CompletedSessionsAsync(this MentorshipApp app, TestUser mentee, TestUser mentor, int count = 1)
    {
        var mentorshipId = await app.WithDbAsync(db => db.Pairings
            .Where(p => p.MenteeId == mentee.Id && p.MentorId == mentor.Id && p.Status == MentorshipStatus.Active)
            .Select(p => (Guid?)p.Id)
            .SingleOrDefaultAsync());
        mentorshipId ??= await app.MentorshipAsync(mentee, mentor);

        var anHourAgo = new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date.AddHours(DateTimeOffset.UtcNow.Hour), TimeSpan.Zero).AddHours(-1);
        var sessions = Enumerable.Range(0, count).Select(_ =>
        {
            var startsAt = anHourAgo.AddHours(-Interlocked.Increment(ref placedSessions));
            return new Session
            {
                Id = Guid.CreateVersion7(),
                MentorId = mentor.Id,
                MenteeId = mentee.Id,
                MentorshipId = mentorshipId.Value,
                StartsAt = startsAt,
                EndsAt = startsAt.AddMinutes(30),
                Status = SessionStatus.Scheduled,
                CreatedAt = startsAt.AddDays(-3),
            };
        }).ToList();
        await app.WithDbAsync(async db =>
        {
            db.Sessions.AddRange(sessions);
            await db.SaveChangesAsync();
        });
        return [.. sessions.Select(s => s.Id)];
    }

    /// <summary>The mentor's stored aggregates beside what the feedback rows say.</summary>
    public static Task<(int Count, int Sum, double? Average, int RowCount, double? RowAverage)> RatingTotalsAsync(this MentorshipApp app, Guid mentorId) =>
        app.WithDbAsync(async db =>
        {
            var profile = await db.Profiles.AsNoTracking().SingleAsync(p => p.UserId == mentorId);
            var rows = db.Feedback.Where(f => f.MentorId == mentorId);
            var rowCount = await rows.CountAsync();
            var rowAverage = await rows.Select(f => (double?)f.Rating).AverageAsync();
            return (profile.RatingCount, profile.RatingSum, profile.RatingAverage, rowCount, rowAverage);
        });
}
