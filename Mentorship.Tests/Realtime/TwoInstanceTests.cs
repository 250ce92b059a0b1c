using System.Diagnostics;
using Mentorship.Tests.Features.Identity;
using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Realtime;

public sealed class TwoInstanceTests(AppFor<TwoInstanceTests> host) : IClassFixture<AppFor<TwoInstanceTests>>, IConfiguresApp
{
    private readonly MentorshipApp first = host.App;
    private readonly MentorshipApp second = host.App.SecondInstance;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests().WithSecondInstance();

    [Fact]
    public async Task Mentor_on_one_instance_hears_of_a_request_sent_through_the_other()
    {
        // Users are made through one instance, which numbers their emails; tokens hold on either.
        var menteeOnFirst = await first.MenteeAsync();
        var mentee = menteeOnFirst with { Client = second.WithToken(menteeOnFirst.AccessToken) };
        var mentor = await first.MentorAsync();
        await RealtimeProbe.WaitForListenersAsync(first.ConnectionString, 2);
        await using var mentorSocket = await RequestUpdates.SubscribeAsync(first, mentor, expectedSubscribers: 1);

        var requestId = await mentee.SentRequestAsync(mentor);

        Assert.Equal((requestId, "PENDING"), await mentorSocket.NextAsync());
    }

    [Fact]
    public async Task Parties_connected_to_different_instances_both_hear_the_same_change()
    {
        var mentee = await first.MenteeAsync();
        var mentor = await first.MentorAsync();
        await RealtimeProbe.WaitForListenersAsync(first.ConnectionString, 2);
        await using var menteeSocket = await RequestUpdates.SubscribeAsync(first, mentee, expectedSubscribers: 1);
        await using var mentorSocket = await RequestUpdates.SubscribeAsync(second, mentor, expectedSubscribers: 1);
        var requestId = await mentee.SentRequestAsync(mentor);
        await menteeSocket.NextAsync();
        await mentorSocket.NextAsync();

        (await mentor.AcceptAsync(requestId)).EnsureNoErrors();

        Assert.Equal((requestId, "ACCEPTED"), await menteeSocket.NextAsync());
        Assert.Equal((requestId, "ACCEPTED"), await mentorSocket.NextAsync());
    }

    [Fact]
    public async Task Signing_out_everywhere_through_one_instance_closes_the_users_socket_on_the_other_within_a_second()
    {
        var mentee = await first.MenteeAsync();
        await RealtimeProbe.WaitForListenersAsync(first.ConnectionString, 2);
        await using var socketOnSecond = await GraphQLWebSocketClient.ConnectAndInitAsync(second, new { authToken = mentee.AccessToken });

        (await mentee.Client.SignOutAsync(everywhere: true)).EnsureNoErrors();
        var clock = Stopwatch.StartNew();
        var (code, _) = await socketOnSecond.ReceiveCloseAsync();
        clock.Stop();

        Assert.Equal(4403, code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"closed after {clock.Elapsed}");
    }

    [Fact]
    public async Task Each_instance_holds_one_listening_connection()
    {
        var listeners = await RealtimeProbe.WaitForListenersAsync(first.ConnectionString, 2);

        Assert.Equal(2, listeners.Distinct().Count());
    }
}
