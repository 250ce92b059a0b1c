using Mentorship.Data.Entities;
using Mentorship.GraphQL.Hosting.Demo;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Hosting.Demo;

/// <summary>The demo data's feedback, on a database of its own: <see cref="DemoDataTests"/> needs to seed first.</summary>
public sealed class DemoFeedbackTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Seeded_feedback_rates_completed_sessions_and_every_mentors_rating_adds_up_and_shows_in_discovery()
    {
        await SeedAsync(reset: false);
        var now = DateTimeOffset.UtcNow;

        var feedback = await app.WithDbAsync(db => db.Feedback
            .Where(f => f.Mentor.Email.EndsWith("@" + DemoDataService.EmailDomain))
            .Select(f => new { f.MentorId, f.Rating, f.Comment, f.ShowMenteeName, f.CreatedAt, f.Session.Status, f.Session.EndsAt, SessionMentee = f.Session.MenteeId, f.MenteeId })
            .ToListAsync());
        var profiles = await app.WithDbAsync(db => db.Profiles
            .Where(p => p.User.Role == Role.Mentor && p.User.Email.EndsWith("@" + DemoDataService.EmailDomain))
            .Select(p => new { p.UserId, p.RatingCount, p.RatingSum, p.RatingAverage })
            .ToListAsync());
        var completed = await app.WithDbAsync(db => db.Sessions.CountAsync(s =>
            s.Mentor.Email.EndsWith("@" + DemoDataService.EmailDomain) && s.Status == SessionStatus.Scheduled && s.EndsAt <= now));
        var discovery = await app.Anonymous().ExecuteAsync("query { mentors(first: 5, order: RATING) { nodes { rating { average count } } } }");

        Assert.True(feedback.Count >= 20, $"{feedback.Count} ratings");
        Assert.True(feedback.Count < completed, $"{feedback.Count} ratings of {completed} completed sessions: some stay unrated");
        Assert.All(feedback, f => Assert.True(f.Status == SessionStatus.Scheduled && f.EndsAt <= f.CreatedAt && f.CreatedAt <= now && f.MenteeId == f.SessionMentee));
        Assert.Equal([1, 2, 3, 4, 5], feedback.Select(f => (int)f.Rating).Distinct().Order());
        Assert.Contains(feedback, f => f.Comment is null);
        Assert.Contains(feedback, f => f.Comment is not null);
        Assert.Equal([false, true], feedback.Select(f => f.ShowMenteeName).Distinct().Order());
        Assert.All(profiles, p =>
        {
            var own = feedback.Where(f => f.MentorId == p.UserId).ToList();
            Assert.Equal((own.Count, own.Sum(f => f.Rating)), (p.RatingCount, p.RatingSum));
            Assert.Equal(own.Count == 0 ? null : own.Average(f => f.Rating), p.RatingAverage);
        });
        discovery.EnsureNoErrors();
        Assert.All(discovery.At("mentors.nodes").EnumerateArray(), n => Assert.True(n.GetProperty("rating").GetProperty("count").GetInt32() > 0));
    }

    private async Task SeedAsync(bool reset)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataService>().SeedAsync(reset, CancellationToken.None);
    }
}
