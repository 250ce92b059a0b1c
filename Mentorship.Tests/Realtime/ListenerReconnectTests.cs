using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Realtime;

public sealed class ListenerReconnectTests(AppFor<ListenerReconnectTests> host) : IClassFixture<AppFor<ListenerReconnectTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests();

    [Fact]
    public async Task Events_flow_again_after_the_listening_connection_is_terminated()
    {
        var (mentee, mentor) = (await app.MenteeAsync(), await app.MentorAsync());
        var listener = await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1);
        await using var mentorSocket = await RequestUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 1);

        await RealtimeProbe.TerminateAsync(app.ConnectionString, listener.Single());
        await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1, replaced: listener);
        var requestId = await mentee.SentRequestAsync(mentor);

        Assert.Equal((requestId, "PENDING"), await mentorSocket.NextAsync());
    }
}
