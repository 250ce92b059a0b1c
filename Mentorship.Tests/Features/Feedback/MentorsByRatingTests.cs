using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Feedback;

public sealed class MentorsByRatingTests(AppFor<MentorsByRatingTests> host) : IClassFixture<AppFor<MentorsByRatingTests>>, IConfiguresApp
{
    /// <summary>The client's Mentors operation and MentorCard fragment, as in the contract.</summary>
    private const string Mentors = """
        query Mentors($first: Int, $after: String, $where: MentorFilterInput, $order: MentorOrder) {
          mentors(first: $first, after: $after, where: $where, order: $order) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id profile { displayName } rating { average count } } }
          }
        }
        """;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.CountSqlCommands();

    [Fact]
    public async Task RATING_orders_by_the_average_of_real_feedback_then_count_then_name_at_one_SQL_command_a_page()
    {
        var tag = ProfileSetup.UniqueTag("Rated");
        var mentee = await app.MenteeAsync();
        var ratings = new Dictionary<string, int[]>
        {
            ["Eve"] = [],
            ["Carol"] = [4, 5],
            ["Alice"] = [5, 4],
            ["Bob"] = [5],
            ["Dave"] = [4, 5, 5, 4],
            ["Frank"] = [1, 2],
        };
        foreach (var (name, given) in ratings)
        {
            var mentor = await app.MentorWithAsync(name, [tag]);
            var sessions = await app.CompletedSessionsAsync(mentee, mentor, given.Length);
            foreach (var (sessionId, rating) in sessions.Zip(given))
            {
                await mentee.SubmittedAsync(sessionId, rating);
            }
        }

        var seen = new List<(string Name, double? Average, int Count)>();
        var costs = new List<int>();
        string? after = null;
        do
        {
            var (response, commands, log) = await app.Sql.MeasureAsync(app.Anonymous(), Mentors, new { first = 2, after, order = "RATING", where = new { skills = new[] { tag } } });
            response.EnsureNoErrors();
            Assert.True(commands == 1, $"a page sent {commands} SQL commands:\n{log}");
            costs.Add(commands);
            seen.AddRange(response.At("mentors.edges").EnumerateArray().Select(e => e.GetProperty("node")).Select(n => (
                n.GetProperty("profile").GetProperty("displayName").GetString()!,
                n.GetProperty("rating").GetProperty("average").ValueKind == System.Text.Json.JsonValueKind.Null ? (double?)null : n.GetProperty("rating").GetProperty("average").GetDouble(),
                n.GetProperty("rating").GetProperty("count").GetInt32())));
            after = response.At("mentors.pageInfo.hasNextPage").GetBoolean() ? response.StringAt("mentors.pageInfo.endCursor") : null;
        }
        while (after is not null);

        Assert.Equal(
            [("Bob", 5.0, 1), ("Dave", 4.5, 4), ("Alice", 4.5, 2), ("Carol", 4.5, 2), ("Frank", 1.5, 2), ("Eve", null, 0)],
            seen);

        // The page (users joined with profiles, which carry the rating) with totalCount alongside: on every page.
        Assert.Equal([1, 1, 1], costs);

        // The order is the feedback rows' own averages, not only the stored aggregates.
        var averages = await app.WithDbAsync(db => db.Feedback
            .Where(f => f.Mentor.Profile.SkillKeys.Contains(tag.ToLowerInvariant()))
            .GroupBy(f => f.Mentor.Profile.DisplayName)
            .Select(g => new { Name = g.Key, Average = g.Average(f => (double)f.Rating), Count = g.Count() })
            .ToListAsync());
        Assert.Equal(
            seen.Where(s => s.Count > 0).Select(s => (s.Name, s.Average!.Value, s.Count)),
            averages.OrderByDescending(a => a.Average).ThenByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.Name, a.Average, a.Count)));
    }
}
