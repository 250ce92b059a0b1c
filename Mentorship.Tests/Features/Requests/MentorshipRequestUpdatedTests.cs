using System.Text.Json;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;

namespace Mentorship.Tests.Features.Requests;

public sealed class MentorshipRequestUpdatedTests(AppFor<MentorshipRequestUpdatedTests> host) : IClassFixture<AppFor<MentorshipRequestUpdatedTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests();

    [Fact]
    public async Task Mentee_and_mentor_both_receive_the_request_when_it_is_sent_and_when_it_is_accepted()
    {
        var (mentee, mentor) = (await app.MenteeAsync(), await app.MentorAsync());
        await using var menteeSocket = await RequestUpdates.SubscribeAsync(app, mentee, expectedSubscribers: 1);
        await using var mentorSocket = await RequestUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 2);

        var requestId = await mentee.SentRequestAsync(mentor);
        var sent = (await menteeSocket.NextAsync(), await mentorSocket.NextAsync());
        (await mentor.AcceptAsync(requestId)).EnsureNoErrors();
        var accepted = (await menteeSocket.NextAsync(), await mentorSocket.NextAsync());

        Assert.Equal(((requestId, "PENDING"), (requestId, "PENDING")), sent);
        Assert.Equal(((requestId, "ACCEPTED"), (requestId, "ACCEPTED")), accepted);
    }

    [Fact]
    public async Task Mentee_and_mentor_both_receive_the_request_when_it_is_declined()
    {
        var (mentee, mentor) = (await app.MenteeAsync(), await app.MentorAsync());
        await using var menteeSocket = await RequestUpdates.SubscribeAsync(app, mentee, expectedSubscribers: 1);
        await using var mentorSocket = await RequestUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 2);
        var requestId = await mentee.SentRequestAsync(mentor);
        await menteeSocket.NextAsync();
        await mentorSocket.NextAsync();

        (await mentor.DeclineAsync(requestId, "Fully booked this quarter.")).EnsureNoErrors();

        Assert.Equal((requestId, "DECLINED"), await menteeSocket.NextAsync());
        Assert.Equal((requestId, "DECLINED"), await mentorSocket.NextAsync());
    }

    [Fact]
    public async Task Mentee_and_mentor_both_receive_the_request_when_it_is_withdrawn()
    {
        var (mentee, mentor) = (await app.MenteeAsync(), await app.MentorAsync());
        await using var menteeSocket = await RequestUpdates.SubscribeAsync(app, mentee, expectedSubscribers: 1);
        await using var mentorSocket = await RequestUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 2);
        var requestId = await mentee.SentRequestAsync(mentor);
        await menteeSocket.NextAsync();
        await mentorSocket.NextAsync();

        (await mentee.WithdrawAsync(requestId)).EnsureNoErrors();

        Assert.Equal((requestId, "WITHDRAWN"), await menteeSocket.NextAsync());
        Assert.Equal((requestId, "WITHDRAWN"), await mentorSocket.NextAsync());
    }

    [Fact]
    public async Task Someone_else_never_receives_updates_of_a_request_they_are_not_party_to()
    {
        var (mentee, mentor, outsider, otherMentor) = (await app.MenteeAsync(), await app.MentorAsync(), await app.MenteeAsync(), await app.MentorAsync());
        await using var mentorSocket = await RequestUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 1);
        await using var outsiderSocket = await RequestUpdates.SubscribeAsync(app, outsider, expectedSubscribers: 2);

        var requestId = await mentee.SentRequestAsync(mentor);
        (await mentor.AcceptAsync(requestId)).EnsureNoErrors();
        await mentorSocket.NextAsync();
        await mentorSocket.NextAsync();
        var ownRequestId = await outsider.SentRequestAsync(otherMentor);

        // Events reach each subscriber in commit order: anything about the others' request would come first.
        Assert.Equal((ownRequestId, "PENDING"), await outsiderSocket.NextAsync());
    }

    [Fact]
    public async Task Refused_change_announces_nothing()
    {
        var (mentee, mentor, outsider) = (await app.MenteeAsync(), await app.MentorAsync(), await app.MentorAsync());
        await using var menteeSocket = await RequestUpdates.SubscribeAsync(app, mentee, expectedSubscribers: 1);
        await using var mentorSocket = await RequestUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 2);
        var requestId = await mentee.SentRequestAsync(mentor);
        await menteeSocket.NextAsync();
        await mentorSocket.NextAsync();

        var duplicate = await mentee.SendAsync(mentor.Id);
        var acceptedByMentee = await mentee.AcceptAsync(requestId);
        var acceptedByOutsider = await outsider.AcceptAsync(requestId);
        (await mentor.DeclineAsync(requestId)).EnsureNoErrors();
        var declinedAgain = await mentor.DeclineAsync(requestId);
        var nextRequestId = await mentee.SentRequestAsync(mentor);

        Assert.Equal("DUPLICATE_REQUEST", duplicate.RefusalCode("sendMentorshipRequest"));
        acceptedByMentee.AssertForbidden();
        Assert.Equal("REQUEST_NOT_FOUND", acceptedByOutsider.RefusalCode("acceptMentorshipRequest"));
        Assert.Equal("REQUEST_NOT_PENDING", declinedAgain.RefusalCode("declineMentorshipRequest"));

        // Each party hears the decline and then the next request: nothing in between for the refusals.
        foreach (var socket in new[] { menteeSocket, mentorSocket })
        {
            Assert.Equal((requestId, "DECLINED"), await socket.NextAsync());
            Assert.Equal((nextRequestId, "PENDING"), await socket.NextAsync());
        }
    }

    [Fact]
    public async Task Each_party_reads_the_request_as_themselves()
    {
        var (mentee, mentor) = (await app.MenteeAsync(), await app.MentorAsync());
        const string withEmails = "subscription { mentorshipRequestUpdated { id mentee { email } mentor { email } } }";
        await using var menteeSocket = await RequestUpdates.SubscribeAsync(app, mentee, expectedSubscribers: 1, withEmails);
        await using var mentorSocket = await RequestUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 2, withEmails);

        await mentee.SentRequestAsync(mentor);
        var seenByMentee = await menteeSocket.NextRequestAsync();
        var seenByMentor = await mentorSocket.NextRequestAsync();

        // Email is visible only to its owner: each subscriber's event was resolved with its own identity.
        Assert.Equal((mentee.Email, (string?)null), (Email(seenByMentee, "mentee"), Email(seenByMentee, "mentor")));
        Assert.Equal(((string?)null, mentor.Email), (Email(seenByMentor, "mentee"), Email(seenByMentor, "mentor")));
    }

    [Fact]
    public async Task Anonymous_subscription_is_refused_with_UNAUTHENTICATED()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SubscribeAsync("updates", RequestUpdates.Subscription);
        var error = await client.ReceiveAsync("error");

        Assert.Equal("updates", error.GetProperty("id").GetString());
        Assert.Equal(["UNAUTHENTICATED"], error.GetProperty("payload").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()));
    }

    private static string? Email(JsonElement request, string party) =>
        request.GetProperty(party).GetProperty("email").GetString();
}
