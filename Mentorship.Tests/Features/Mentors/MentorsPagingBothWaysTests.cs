using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Mentors;

/// <summary>
/// <c>mentors</c> pages backward (<c>last</c>/<c>before</c>) as well as forward, in every order, with ties on the first
/// sort key: the clock stands still, so every mentor has the same creation time, and names and ratings repeat.
/// </summary>
public sealed class MentorsPagingBothWaysTests(AppFor<MentorsPagingBothWaysTests> host)
    : IClassFixture<AppFor<MentorsPagingBothWaysTests>>, IConfiguresApp
{
    private const string Mentors = """
        query Mentors($first: Int, $after: String, $last: Int, $before: String, $where: MentorFilterInput, $order: MentorOrder) {
          mentors(first: $first, after: $after, last: $last, before: $before, where: $where, order: $order) {
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id } }
          }
        }
        """;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseFakeClock().CountSqlCommands();

    [Theory]
    [InlineData("RATING")]
    [InlineData("NEWEST")]
    [InlineData("NAME")]
    public async Task Paging_backward_from_the_end_returns_every_mentor_once_in_the_chosen_order(string order)
    {
        var tag = await SevenMentorsWithTiesAsync();
        var all = Ids(await QueryAsync(new { first = 100, where = Where(tag), order }));

        var paged = new List<string>();
        var pages = new List<JsonElement>();
        string? before = null;
        do
        {
            var page = await QueryAsync(new { last = 3, before, where = Where(tag), order });
            paged.InsertRange(0, Ids(page));
            pages.Add(page.At("mentors.pageInfo"));
            before = page.StringAt("mentors.pageInfo.startCursor");
        }
        while (pages[^1].GetProperty("hasPreviousPage").GetBoolean() && pages.Count < 10);

        Assert.Equal(7, all.Count);
        Assert.Equal(all, paged);
        Assert.Equal([true, true, false], pages.Select(p => p.GetProperty("hasPreviousPage").GetBoolean()));
        Assert.Equal([false, true, true], pages.Select(p => p.GetProperty("hasNextPage").GetBoolean()));
    }

    [Theory]
    [InlineData("RATING")]
    [InlineData("NEWEST")]
    [InlineData("NAME")]
    public async Task Paging_forward_then_back_from_a_start_cursor_gives_the_page_before_again(string order)
    {
        var tag = await SevenMentorsWithTiesAsync();

        var first = await QueryAsync(new { first = 3, where = Where(tag), order });
        var second = await QueryAsync(new { first = 3, after = first.StringAt("mentors.pageInfo.endCursor"), where = Where(tag), order });
        var back = await QueryAsync(new { last = 3, before = second.StringAt("mentors.pageInfo.startCursor"), where = Where(tag), order });

        Assert.False(first.At("mentors.pageInfo.hasPreviousPage").GetBoolean());
        Assert.True(second.At("mentors.pageInfo.hasPreviousPage").GetBoolean());
        Assert.Equal(Ids(first), Ids(back));
        Assert.False(back.At("mentors.pageInfo.hasPreviousPage").GetBoolean());
        Assert.True(back.At("mentors.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(first.StringAt("mentors.pageInfo.startCursor"), back.StringAt("mentors.pageInfo.startCursor"));
        Assert.Equal(first.StringAt("mentors.pageInfo.endCursor"), back.StringAt("mentors.pageInfo.endCursor"));
    }

    [Fact]
    public async Task A_page_after_a_cursor_has_a_previous_page_until_every_mentor_before_it_has_left()
    {
        var tag = ProfileSetup.UniqueTag("Prev");
        var a = await app.MentorWithAsync("A", [tag]);
        var b = await app.MentorWithAsync("B", [tag]);
        var c = await app.MentorWithAsync("C", [tag]);
        var after = (await QueryAsync(new { first = 2, where = Where(tag), order = "NAME" })).StringAt("mentors.pageInfo.endCursor");

        var whileThere = await QueryAsync(new { first = 2, after, where = Where(tag), order = "NAME" });
        await app.DeactivateAsync(a.Id);
        await app.DeactivateAsync(b.Id);
        var onceGone = await QueryAsync(new { first = 2, after, where = Where(tag), order = "NAME" });

        Assert.Equal([c.Id.ToString()], Ids(whileThere));
        Assert.True(whileThere.At("mentors.pageInfo.hasPreviousPage").GetBoolean());
        Assert.Equal([c.Id.ToString()], Ids(onceGone));
        Assert.False(onceGone.At("mentors.pageInfo.hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task A_page_before_a_cursor_has_a_next_page_until_every_mentor_after_it_has_left()
    {
        var tag = ProfileSetup.UniqueTag("Next");
        var a = await app.MentorWithAsync("A", [tag]);
        var b = await app.MentorWithAsync("B", [tag]);
        var c = await app.MentorWithAsync("C", [tag]);
        var before = (await QueryAsync(new { last = 2, where = Where(tag), order = "NAME" })).StringAt("mentors.pageInfo.startCursor");

        var whileThere = await QueryAsync(new { last = 2, before, where = Where(tag), order = "NAME" });
        await app.DeactivateAsync(b.Id);
        await app.DeactivateAsync(c.Id);
        var onceGone = await QueryAsync(new { last = 2, before, where = Where(tag), order = "NAME" });

        Assert.Equal([a.Id.ToString()], Ids(whileThere));
        Assert.True(whileThere.At("mentors.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal([a.Id.ToString()], Ids(onceGone));
        Assert.False(onceGone.At("mentors.pageInfo.hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task The_side_behind_the_cursor_costs_one_SQL_command_and_only_when_selected()
    {
        var tag = ProfileSetup.UniqueTag("Cost");
        for (var i = 0; i < 4; i++)
        {
            await app.MentorWithAsync($"Mentor {i}", [tag]);
        }

        var after = (await QueryAsync(new { first = 2, where = Where(tag), order = "NAME" })).StringAt("mentors.pageInfo.endCursor");
        const string Plain = """
            query($after: String, $where: MentorFilterInput) {
              mentors(first: 2, after: $after, where: $where, order: NAME) { pageInfo { hasNextPage endCursor } nodes { id } }
            }
            """;
        const string WithPrevious = """
            query($after: String, $where: MentorFilterInput) {
              mentors(first: 2, after: $after, where: $where, order: NAME) { pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } }
            }
            """;

        var (plain, plainCommands, plainLog) = await app.Sql.MeasureAsync(app.Anonymous(), Plain, new { after, where = Where(tag) });
        var (withPrevious, withPreviousCommands, withPreviousLog) =
            await app.Sql.MeasureAsync(app.Anonymous(), WithPrevious, new { after, where = Where(tag) });

        plain.EnsureNoErrors();
        withPrevious.EnsureNoErrors();
        Assert.True(withPrevious.At("mentors.pageInfo.hasPreviousPage").GetBoolean());
        Assert.True(plainCommands == 1, $"the page alone sent {plainCommands} SQL commands:\n{plainLog}");
        Assert.True(withPreviousCommands == 2, $"the page with hasPreviousPage sent {withPreviousCommands} SQL commands:\n{withPreviousLog}");
    }

    [Theory]
    [InlineData("first", "last")]
    [InlineData("after", "before")]
    [InlineData("first", "before")]
    [InlineData("after", "last")]
    public async Task Forward_and_backward_arguments_together_are_refused_with_BAD_USER_INPUT(string forward, string backward)
    {
        var tag = ProfileSetup.UniqueTag("Mix");
        await app.MentorWithAsync("One", [tag]);
        await app.MentorWithAsync("Two", [tag]);
        var cursor = (await QueryAsync(new { first = 1, where = Where(tag), order = "NAME" })).StringAt("mentors.pageInfo.endCursor");
        var arguments = new Dictionary<string, object?> { ["where"] = Where(tag), ["order"] = "NAME" };
        arguments[forward] = forward == "first" ? 1 : cursor;
        arguments[backward] = backward == "last" ? 1 : cursor;

        var response = await app.Anonymous().ExecuteAsync(Mentors, arguments);

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("Page forward with `first` and `after`, or backward with `last` and `before`", Message(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task Last_outside_1_to_100_is_refused_with_BAD_USER_INPUT_naming_it(int last)
    {
        var response = await app.Anonymous().ExecuteAsync(Mentors, new { last });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Equal($"`last` must be between 1 and 100; it was {last}.", Message(response));
    }

    [Fact]
    public async Task A_before_cursor_from_another_order_is_refused_with_BAD_USER_INPUT_naming_before()
    {
        var tag = ProfileSetup.UniqueTag("Other");
        await app.MentorWithAsync("One", [tag]);
        var byName = await QueryAsync(new { first = 1, where = Where(tag), order = "NAME" });

        var response = await app.Anonymous().ExecuteAsync(Mentors, new
        {
            last = 1, before = byName.StringAt("mentors.pageInfo.startCursor"), where = Where(tag), order = "NEWEST",
        });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.StartsWith("`before` is not a cursor of this list in this order.", Message(response), StringComparison.Ordinal);
    }

    /// <summary>Seven mentors under a new tag: three named Kim, two Lee; three unrated, two rated 4 from 2, two 4 from 1.</summary>
    private async Task<string> SevenMentorsWithTiesAsync()
    {
        var tag = ProfileSetup.UniqueTag("Both");
        string[] names = ["Kim", "Kim", "Lee", "Ana", "Kim", "Bo", "Lee"];
        for (var i = 0; i < names.Length; i++)
        {
            await app.MentorWithAsync(names[i], [tag], ratingCount: i % 3, ratingSum: (i % 3) * 4);
        }

        return tag;
    }

    private static object Where(string tag) => new { skills = new[] { tag } };

    private async Task<GraphQLResponse> QueryAsync(object variables)
    {
        var response = await app.Anonymous().ExecuteAsync(Mentors, variables);
        response.EnsureNoErrors();
        return response;
    }

    private static string? Message(GraphQLResponse response) => Assert.Single(response.Errors).GetProperty("message").GetString();

    private static List<string> Ids(GraphQLResponse response) =>
        [.. response.At("mentors.edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];
}
