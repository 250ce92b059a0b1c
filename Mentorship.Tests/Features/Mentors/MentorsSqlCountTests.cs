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

    [Fact]
    public async Task Mentors_with_only_totalCount_counts_the_users_table_alone_and_reads_no_page()
    {
        var tag = ProfileSetup.UniqueTag("OnlyCount");
        for (var i = 0; i < 3; i++)
        {
            await app.MentorWithAsync($"Counted {i}", [tag]);
        }

        var (filtered, filteredCommands, filteredLog) = await app.Sql.MeasureAsync(
            app.Anonymous(), "query($skills: [String!]) { mentors(where: { skills: $skills }) { totalCount } }", new { skills = new[] { tag } });
        var (all, allCommands, allLog) = await app.Sql.MeasureAsync(app.Anonymous(), "{ mentors { totalCount } }");

        filtered.EnsureNoErrors();
        all.EnsureNoErrors();
        Assert.Equal(3, filtered.At("mentors.totalCount").GetInt32());
        Assert.Equal(1, filteredCommands);
        Assert.DoesNotContain("ORDER BY", filteredLog, StringComparison.Ordinal);
        Assert.Equal(1, allCommands);
        Assert.DoesNotContain("ORDER BY", allLog, StringComparison.Ordinal);
        // Without a profile filter, every user has a profile: the count needs no join.
        Assert.DoesNotContain("profiles", allLog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentors_without_totalCount_read_the_page_and_count_nothing()
    {
        var tag = ProfileSetup.UniqueTag("NoCount");
        await app.MentorWithAsync("Uncounted", [tag]);

        var (response, commands, log) = await app.Sql.MeasureAsync(
            app.Anonymous(), "query($skills: [String!]) { mentors(where: { skills: $skills }) { nodes { id } } }", new { skills = new[] { tag } });

        response.EnsureNoErrors();
        Assert.Equal(1, response.At("mentors.nodes").GetArrayLength());
        Assert.Equal(1, commands);
        Assert.DoesNotContain("count(", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_end_still_answers_the_total_with_a_count_of_its_own()
    {
        var tag = ProfileSetup.UniqueTag("PastEnd");
        for (var i = 0; i < 2; i++)
        {
            await app.MentorWithAsync($"Last page {i}", [tag]);
        }

        var firstPage = await app.Anonymous().ExecuteAsync(Mentors, new { first = 2, where = new { skills = new[] { tag } } });
        var after = firstPage.StringAt("mentors.pageInfo.endCursor");
        var (response, commands, log) = await app.Sql.MeasureAsync(app.Anonymous(), Mentors, new { first = 2, after, where = new { skills = new[] { tag } } });

        response.EnsureNoErrors();
        Assert.Equal(0, response.At("mentors.edges").GetArrayLength());
        Assert.Equal(2, response.At("mentors.totalCount").GetInt32());
        Assert.True(commands == 2, $"An empty page with totalCount sent {commands} SQL commands:\n{log}");
    }

    [Fact]
    public async Task The_mentor_page_never_reads_password_hashes_or_security_stamps()
    {
        var tag = ProfileSetup.UniqueTag("Secrets");
        await app.MentorWithAsync("Discreet", [tag]);

        var (response, _, log) = await app.Sql.MeasureAsync(app.Anonymous(), Mentors, new { first = 20, where = new { skills = new[] { tag } } });

        response.EnsureNoErrors();
        Assert.Equal(1, response.At("mentors.edges").GetArrayLength());
        Assert.DoesNotContain("password_hash", log, StringComparison.Ordinal);
        Assert.DoesNotContain("security_stamp", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mentor_page_reads_no_column_only_search_and_sign_in_use()
    {
        await app.MentorWithAsync("Lean", [ProfileSetup.UniqueTag("Columns")]);

        // No filter, so these columns could only appear in what the page reads.
        var (response, _, log) = await app.Sql.MeasureAsync(app.Anonymous(), Mentors, new { first = 20 });

        response.EnsureNoErrors();
        Assert.True(response.At("mentors.edges").GetArrayLength() > 0);
        Assert.DoesNotContain("normalized_email", log, StringComparison.Ordinal);
        Assert.DoesNotContain("skill_keys", log, StringComparison.Ordinal);
        Assert.DoesNotContain("search_text", log, StringComparison.Ordinal);
    }
}
