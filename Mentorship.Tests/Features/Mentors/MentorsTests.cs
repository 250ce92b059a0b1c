using System.Text.Json;
using Mentorship.GraphQL.Rules;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Mentors;

public sealed class MentorsTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string Mentors = """
        query Mentors($first: Int, $after: String, $where: MentorFilterInput, $order: MentorOrder) {
          mentors(first: $first, after: $after, where: $where, order: $order) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id role profile { displayName bio skills timeZone } rating { average count } } }
          }
        }
        """;

    [Fact]
    public async Task Only_active_mentors_are_listed()
    {
        var tag = ProfileSetup.UniqueTag("Active");
        var active = await app.MentorWithAsync("Active", [tag]);
        var inactive = await app.MentorWithAsync("Inactive", [tag]);
        await app.DeactivateAsync(inactive.Id);
        var mentee = await app.MenteeAsync();
        await app.SetProfileAsync(mentee.Id, [tag]);

        var response = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = new[] { tag } } });

        Assert.Equal([active.Id.ToString()], Ids(response));
        Assert.Equal(1, response.At("mentors.totalCount").GetInt32());
    }

    [Fact]
    public async Task Anonymous_visitors_see_mentor_cards_with_an_empty_rating()
    {
        var tag = ProfileSetup.UniqueTag("Card");
        var mentor = await app.MentorWithAsync("Card Mentor", [tag, "Go"], bio: "Gopher.");

        var response = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = new[] { tag } } });

        response.EnsureNoErrors();
        var node = response.At("mentors.edges.0.node");
        Assert.Equal(mentor.Id.ToString(), node.GetProperty("id").GetString());
        Assert.Equal("MENTOR", node.GetProperty("role").GetString());
        Assert.Equal("Card Mentor", node.GetProperty("profile").GetProperty("displayName").GetString());
        Assert.Equal("Gopher.", node.GetProperty("profile").GetProperty("bio").GetString());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("rating").GetProperty("average").ValueKind);
        Assert.Equal(0, node.GetProperty("rating").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Skills_filter_keeps_mentors_having_all_given_skills_ignoring_case_and_spacing()
    {
        var tag = ProfileSetup.UniqueTag("Both");
        var both = await app.MentorWithAsync("Both", [tag, "Machine Learning"]);
        await app.MentorWithAsync("Tag only", [tag]);
        await app.MentorWithAsync("Skill only", ["Machine Learning"]);

        var response = await app.Anonymous().ExecuteAsync(Mentors, new
        {
            where = new { skills = new[] { tag.ToUpperInvariant(), "  machine   LEARNING " } },
        });

        Assert.Equal([both.Id.ToString()], Ids(response));
    }

    [Fact]
    public async Task Search_finds_text_in_display_name_bio_and_skills_ignoring_case()
    {
        var token = ProfileSetup.UniqueTag("Zq");
        var inName = await app.MentorWithAsync($"Dr {token}", ["Go"]);
        var inBio = await app.MentorWithAsync("Bio", ["Go"], bio: $"I teach {token} daily.");
        var inSkills = await app.MentorWithAsync("Skills", [token]);
        await app.MentorWithAsync("Nowhere", ["Go"], bio: "Nothing to see.");

        var response = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { search = token.ToUpperInvariant() }, order = "NAME" });

        Assert.Equal([inBio.Id.ToString(), inName.Id.ToString(), inSkills.Id.ToString()], Ids(response));
        Assert.Equal(3, response.At("mentors.totalCount").GetInt32());
    }

    [Fact]
    public async Task Search_treats_percent_and_underscore_as_plain_characters()
    {
        var tag = ProfileSetup.UniqueTag("Like");
        var percent = await app.MentorWithAsync("Percent", [tag], bio: "Always 100% honest, snake_case fan.");
        await app.MentorWithAsync("Plain", [tag], bio: "Always 1000 honest, snakeXcase fan.");

        var byPercent = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = new[] { tag }, search = "100%" } });
        var byUnderscore = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = new[] { tag }, search = "e_c" } });

        Assert.Equal([percent.Id.ToString()], Ids(byPercent));
        Assert.Equal([percent.Id.ToString()], Ids(byUnderscore));
    }

    [Fact]
    public async Task Rating_order_ranks_by_average_then_count_then_name_with_unrated_mentors_last()
    {
        var tag = ProfileSetup.UniqueTag("Rank");
        var unrated = await app.MentorWithAsync("Aaron", [tag]);
        var fourFromTwo = await app.MentorWithAsync("Zoe", [tag], ratingCount: 2, ratingSum: 8);
        var fourFromFour = await app.MentorWithAsync("Yann", [tag], ratingCount: 4, ratingSum: 16);
        var fourFromFourByName = await app.MentorWithAsync("Bella", [tag], ratingCount: 4, ratingSum: 16);
        var five = await app.MentorWithAsync("Xavier", [tag], ratingCount: 1, ratingSum: 5);

        var response = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = new[] { tag } }, order = "RATING" });

        Assert.Equal(
            [five.Id.ToString(), fourFromFourByName.Id.ToString(), fourFromFour.Id.ToString(), fourFromTwo.Id.ToString(), unrated.Id.ToString()],
            Ids(response));
        Assert.Equal(4.0, response.At("mentors.edges.1.node.rating.average").GetDouble());
        Assert.Equal(4, response.At("mentors.edges.1.node.rating.count").GetInt32());
    }

    [Fact]
    public async Task Rating_is_the_default_order()
    {
        var tag = ProfileSetup.UniqueTag("Default");
        var low = await app.MentorWithAsync("Alpha", [tag], ratingCount: 1, ratingSum: 2);
        var high = await app.MentorWithAsync("Omega", [tag], ratingCount: 1, ratingSum: 5);

        var response = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = new[] { tag } } });

        Assert.Equal([high.Id.ToString(), low.Id.ToString()], Ids(response));
    }

    [Fact]
    public async Task Newest_order_lists_the_latest_mentors_first_and_name_order_is_alphabetical()
    {
        var tag = ProfileSetup.UniqueTag("Order");
        var carol = await app.MentorWithAsync("Carol", [tag]);
        var alice = await app.MentorWithAsync("Alice", [tag]);
        var bob = await app.MentorWithAsync("Bob", [tag]);

        var newest = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = new[] { tag } }, order = "NEWEST" });
        var byName = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = new[] { tag } }, order = "NAME" });

        Assert.Equal([bob.Id.ToString(), alice.Id.ToString(), carol.Id.ToString()], Ids(newest));
        Assert.Equal([alice.Id.ToString(), bob.Id.ToString(), carol.Id.ToString()], Ids(byName));
    }

    [Theory]
    [InlineData("RATING")]
    [InlineData("NEWEST")]
    [InlineData("NAME")]
    public async Task Paging_with_cursors_returns_every_mentor_once_in_the_chosen_order(string order)
    {
        var tag = ProfileSetup.UniqueTag("Page");
        string[] names = ["Kim", "Kim", "Lee", "Ana", "Kim", "Bo", "Lee"];
        for (var i = 0; i < names.Length; i++)
        {
            await app.MentorWithAsync(names[i], [tag], ratingCount: i % 3, ratingSum: (i % 3) * 4);
        }

        var all = await app.Anonymous().ExecuteAsync(Mentors, new { first = 100, where = new { skills = new[] { tag } }, order });
        var paged = new List<string?>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await app.Anonymous().ExecuteAsync(Mentors, new { first = 2, after, where = new { skills = new[] { tag } }, order });
            page.EnsureNoErrors();
            Assert.Equal(names.Length, page.At("mentors.totalCount").GetInt32());
            paged.AddRange(Ids(page));
            after = page.StringAt("mentors.pageInfo.endCursor");
            pages++;
            if (!page.At("mentors.pageInfo.hasNextPage").GetBoolean())
            {
                break;
            }
        }
        while (pages < 10);

        Assert.Equal(4, pages);
        Assert.Equal(Ids(all), paged);
        Assert.Equal(names.Length, paged.Distinct().Count());
    }

    [Fact]
    public async Task A_cursor_stays_valid_when_a_mentor_before_it_leaves()
    {
        var tag = ProfileSetup.UniqueTag("Stable");
        var a = await app.MentorWithAsync("A", [tag]);
        var b = await app.MentorWithAsync("B", [tag]);
        var c = await app.MentorWithAsync("C", [tag]);
        var first = await app.Anonymous().ExecuteAsync(Mentors, new { first = 2, where = new { skills = new[] { tag } }, order = "NAME" });

        await app.DeactivateAsync(a.Id);
        var next = await app.Anonymous().ExecuteAsync(Mentors, new
        {
            first = 2, after = first.StringAt("mentors.pageInfo.endCursor"), where = new { skills = new[] { tag } }, order = "NAME",
        });

        Assert.Equal([a.Id.ToString(), b.Id.ToString()], Ids(first));
        Assert.Equal([c.Id.ToString()], Ids(next));
        Assert.False(next.At("mentors.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task First_defaults_to_20()
    {
        var tag = ProfileSetup.UniqueTag("Twenty");
        for (var i = 0; i < 21; i++)
        {
            await app.MentorWithAsync($"Mentor {i:00}", [tag]);
        }

        var response = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = new[] { tag } } });

        Assert.Equal(20, Ids(response).Count);
        Assert.True(response.At("mentors.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(21, response.At("mentors.totalCount").GetInt32());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task First_outside_1_to_100_is_refused_with_BAD_USER_INPUT(int first)
    {
        var response = await app.Anonymous().ExecuteAsync(Mentors, new { first });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task More_than_30_filter_skills_or_a_search_over_100_characters_are_refused_with_BAD_USER_INPUT()
    {
        var manySkills = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { skills = Enumerable.Range(0, 31).Select(i => $"s{i}") } });
        var longSearch = await app.Anonymous().ExecuteAsync(Mentors, new { where = new { search = new string('q', 101) } });

        Assert.Equal(["BAD_USER_INPUT"], manySkills.ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], longSearch.ErrorCodes);
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused_with_BAD_USER_INPUT()
    {
        var tag = ProfileSetup.UniqueTag("Cursor");
        await app.MentorWithAsync("One", [tag]);
        await app.MentorWithAsync("Two", [tag]);
        var byName = await app.Anonymous().ExecuteAsync(Mentors, new { first = 1, where = new { skills = new[] { tag } }, order = "NAME" });

        var response = await app.Anonymous().ExecuteAsync(Mentors, new
        {
            first = 1, after = byName.StringAt("mentors.pageInfo.endCursor"), where = new { skills = new[] { tag } }, order = "NEWEST",
        });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("eyJvIjoibWVudG9yczpuYW1lIiwiayI6WzEsMl19")]
    [InlineData("eyJvIjoibWVudG9yczpuYW1lIiwiayI6W251bGwsbnVsbF19")]
    [InlineData("eyJvIjoibWVudG9yczpuYW1lIiwiayI6WyJBIiwibm90LWEtdXVpZCJdfQ")]
    public async Task A_malformed_cursor_is_refused_with_BAD_USER_INPUT(string after)
    {
        var response = await app.Anonymous().ExecuteAsync(Mentors, new { after, order = "NAME" });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Mentor_by_id_returns_an_active_mentor_and_null_for_anyone_else()
    {
        const string Mentor = "query($id: ID!) { mentor(id: $id) { id profile { displayName } rating { count } } }";
        var mentor = await app.MentorAsync("Findable");
        var mentee = await app.MenteeAsync();

        var found = await app.Anonymous().ExecuteAsync(Mentor, new { id = mentor.Id });
        var notAMentor = await app.Anonymous().ExecuteAsync(Mentor, new { id = mentee.Id });

        found.EnsureNoErrors();
        Assert.Equal("Findable", found.StringAt("mentor.profile.displayName"));
        notAMentor.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, notAMentor.At("mentor").ValueKind);
    }

    private static List<string?> Ids(GraphQLResponse response)
    {
        response.EnsureNoErrors();
        return [.. response.At("mentors.edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString())];
    }
}
