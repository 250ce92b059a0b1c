using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Mentors;

public sealed class MentorsSqlCountTests(AppFor<MentorsSqlCountTests> host) : IClassFixture<AppFor<MentorsSqlCountTests>>, IConfiguresApp
{
    /// <summary>The client's Mentors operation and MentorCard fragment, as in the contract.</summary>
    private const string Mentors = """
        query Mentors($first: Int, $after: String, $where: MentorFilterInput, $order: MentorOrder) {
          mentors(first: $first, after: $after, where: $where, order: $order) {
            totalCount
            pageInfo { ...PageInfoFields }
            edges { cursor node { ...MentorCard } }
          }
        }
        fragment PageInfoFields on PageInfo { hasNextPage endCursor }
        fragment MentorCard on User {
          id
          role
          profile { displayName bio skills timeZone }
          rating { average count }
        }
        """;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.CountSqlCommands();

    [Fact]
    public async Task Mentors_with_the_MentorCard_selection_costs_one_SQL_command_at_every_page_size()
    {
        var tag = ProfileSetup.UniqueTag("Cost");
        for (var i = 0; i < 101; i++)
        {
            await app.MentorWithAsync($"Mentor {i:000}", [tag, "Go"], bio: "Bio", ratingCount: i % 4, ratingSum: (i % 4) * 3);
        }

        var costs = new List<int>();
        foreach (var first in new[] { 1, 20, 100 })
        {
            // Anonymous, so the request authenticates nobody and every command counted is the query's own.
            var (response, commands, log) = await app.Sql.MeasureAsync(app.Anonymous(), Mentors, new { first, where = new { skills = new[] { tag } } });

            response.EnsureNoErrors();
            Assert.Equal(first, response.At("mentors.edges").GetArrayLength());
            Assert.Equal(101, response.At("mentors.totalCount").GetInt32());
            Assert.True(commands == 1, $"mentors(first: {first}) sent {commands} SQL commands:\n{log}");
            costs.Add(commands);
        }

        // The page (users joined with profiles, which carry the rating) with totalCount alongside, in one statement.
        Assert.Equal([1, 1, 1], costs);
    }
}
