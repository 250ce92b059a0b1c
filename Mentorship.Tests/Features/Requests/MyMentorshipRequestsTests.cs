using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Requests;

public sealed class MyMentorshipRequestsTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Sent_lists_the_mentees_requests_and_received_lists_the_mentors_newest_first()
    {
        var mentee = await app.MenteeAsync();
        var mentorA = await app.MentorAsync();
        var mentorB = await app.MentorAsync();
        var toA = await mentee.SentRequestAsync(mentorA);
        var toB = await mentee.SentRequestAsync(mentorB);
        var otherMentee = await app.MenteeAsync();
        var otherToA = await otherMentee.SentRequestAsync(mentorA);

        var sent = await mentee.Client.ExecuteAsync(RequestOperations.MyRequests, new { direction = "SENT" });
        var receivedByA = await mentorA.Client.ExecuteAsync(RequestOperations.MyRequests, new { direction = "RECEIVED" });
        var sentByMentorA = await mentorA.Client.ExecuteAsync(RequestOperations.MyRequests, new { direction = "SENT" });

        Assert.Equal([toB, toA], Ids(sent));
        Assert.Equal(2, sent.At("myMentorshipRequests.totalCount").GetInt32());
        Assert.Equal([otherToA, toA], Ids(receivedByA));
        Assert.Empty(Ids(sentByMentorA));
        Assert.Equal(0, sentByMentorA.At("myMentorshipRequests.totalCount").GetInt32());
    }

    [Fact]
    public async Task The_status_filter_keeps_only_requests_in_that_status()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var declined = await mentee.SentRequestAsync(mentor);
        await mentor.DeclineAsync(declined);
        var pending = await mentee.SentRequestAsync(mentor);

        var onlyPending = await mentee.Client.ExecuteAsync(RequestOperations.MyRequests, new { direction = "SENT", status = "PENDING" });
        var onlyDeclined = await mentor.Client.ExecuteAsync(RequestOperations.MyRequests, new { direction = "RECEIVED", status = "DECLINED" });

        Assert.Equal([pending], Ids(onlyPending));
        Assert.Equal([declined], Ids(onlyDeclined));
        Assert.Equal("DECLINED", onlyDeclined.StringAt("myMentorshipRequests.nodes.0.status"));
    }

    [Fact]
    public async Task Pages_follow_each_other_with_cursors_and_keep_the_total()
    {
        var mentor = await app.MentorAsync();
        var expected = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            expected.Insert(0, await (await app.MenteeAsync()).SentRequestAsync(mentor));
        }

        var first = await mentor.Client.ExecuteAsync(RequestOperations.MyRequests, new { direction = "RECEIVED", first = 3 });
        var second = await mentor.Client.ExecuteAsync(RequestOperations.MyRequests, new
        {
            direction = "RECEIVED", first = 3, after = first.StringAt("myMentorshipRequests.pageInfo.endCursor"),
        });

        Assert.True(first.At("myMentorshipRequests.pageInfo.hasNextPage").GetBoolean());
        Assert.False(second.At("myMentorshipRequests.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(5, second.At("myMentorshipRequests.totalCount").GetInt32());
        Assert.Equal(expected, [.. Ids(first), .. Ids(second)]);
    }

    [Fact]
    public async Task First_over_100_is_refused_with_BAD_USER_INPUT()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(RequestOperations.MyRequests, new { direction = "SENT", first = 101 });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    private static List<Guid> Ids(GraphQLResponse response)
    {
        response.EnsureNoErrors();
        return [.. response.At("myMentorshipRequests.nodes").EnumerateArray().Select(n => Guid.Parse(n.GetProperty("id").GetString()!))];
    }
}
