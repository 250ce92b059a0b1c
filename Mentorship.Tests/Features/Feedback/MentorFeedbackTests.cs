using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Feedback;

public sealed class MentorFeedbackTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task A_mentors_feedback_is_newest_first_in_pages_and_names_its_author_only_by_choice_or_to_the_parties()
    {
        var mentor = await app.MentorAsync();
        var (shy, open) = (await app.MenteeAsync(), await app.MenteeAsync());
        var shySessions = await app.CompletedSessionsAsync(shy, mentor, 2);
        var openSession = (await app.CompletedSessionsAsync(open, mentor)).Single();
        var oldest = await shy.SubmittedAsync(shySessions[0], 3, "Fine.");
        var middle = await open.SubmittedAsync(openSession, 5, "Superb.", showName: true);
        var newest = await shy.SubmittedAsync(shySessions[1], 4, showName: false);

        var firstPage = await app.Anonymous().ExecuteAsync(FeedbackOperations.MentorFeedback, new { id = mentor.Id, feedbackFirst = 2 });
        var secondPage = await app.Anonymous().ExecuteAsync(
            FeedbackOperations.MentorFeedback, new { id = mentor.Id, feedbackFirst = 2, after = firstPage.StringAt("mentor.feedback.pageInfo.endCursor") });
        var authors = new Dictionary<string, IReadOnlyDictionary<Guid, string?>>
        {
            ["anonymous"] = await AuthorsAsync(app.Anonymous(), mentor.Id),
            ["another mentee"] = await AuthorsAsync((await app.MenteeAsync()).Client, mentor.Id),
            ["another mentor"] = await AuthorsAsync((await app.MentorAsync()).Client, mentor.Id),
            ["the mentor"] = await AuthorsAsync(mentor.Client, mentor.Id),
            ["the shy mentee"] = await AuthorsAsync(shy.Client, mentor.Id),
        };

        Assert.Equal([newest, middle], Ids(firstPage));
        Assert.Equal([oldest], Ids(secondPage));
        Assert.Equal((true, false), (firstPage.At("mentor.feedback.pageInfo.hasNextPage").GetBoolean(), secondPage.At("mentor.feedback.pageInfo.hasNextPage").GetBoolean()));
        Assert.Equal((3, 3), (firstPage.At("mentor.feedback.totalCount").GetInt32(), secondPage.At("mentor.feedback.totalCount").GetInt32()));
        Assert.Equal((4.0, 3), (firstPage.At("mentor.rating.average").GetDouble(), firstPage.At("mentor.rating.count").GetInt32()));
        var node = firstPage.At("mentor.feedback.nodes.1");
        Assert.Equal((5, "Superb."), (node.GetProperty("rating").GetInt32(), node.GetProperty("comment").GetString()));

        var outsiders = new Dictionary<Guid, string?> { [oldest] = null, [middle] = open.Id.ToString(), [newest] = null };
        var parties = new Dictionary<Guid, string?> { [oldest] = shy.Id.ToString(), [middle] = open.Id.ToString(), [newest] = shy.Id.ToString() };
        Assert.Equal(outsiders, authors["anonymous"]);
        Assert.Equal(outsiders, authors["another mentee"]);
        Assert.Equal(outsiders, authors["another mentor"]);
        Assert.Equal(parties, authors["the mentor"]);
        Assert.Equal(parties, authors["the shy mentee"]);
    }

    [Fact]
    public async Task Users_who_are_not_mentors_have_no_feedback_list_and_a_mentor_without_feedback_an_empty_one()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();

        var own = await mentee.Client.ExecuteAsync("query { me { feedback { totalCount } rating { count } } }");
        var unrated = await app.Anonymous().ExecuteAsync(FeedbackOperations.MentorFeedback, new { id = mentor.Id });

        own.EnsureNoErrors();
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (own.At("me.feedback").ValueKind, own.At("me.rating").ValueKind));
        unrated.EnsureNoErrors();
        Assert.Equal((0, 0, JsonValueKind.Null), (
            unrated.At("mentor.feedback.totalCount").GetInt32(), unrated.At("mentor.feedback.nodes").GetArrayLength(), unrated.At("mentor.rating.average").ValueKind));
    }

    private static async Task<IReadOnlyDictionary<Guid, string?>> AuthorsAsync(GraphQLClient client, Guid mentorId)
    {
        var response = await client.ExecuteAsync(FeedbackOperations.MentorFeedback, new { id = mentorId });
        response.EnsureNoErrors();
        return response.At("mentor.feedback.nodes").EnumerateArray().ToDictionary(
            n => Guid.Parse(n.GetProperty("id").GetString()!),
            n => n.GetProperty("mentee").ValueKind == JsonValueKind.Null ? null : n.GetProperty("mentee").GetProperty("id").GetString());
    }

    private static List<Guid> Ids(GraphQLResponse response)
    {
        response.EnsureNoErrors();
        return [.. response.At("mentor.feedback.nodes").EnumerateArray().Select(n => Guid.Parse(n.GetProperty("id").GetString()!))];
    }
}
