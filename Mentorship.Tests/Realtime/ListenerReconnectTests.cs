using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Realtime;

public sealed class ListenerReconnectTests(RealtimeTestApp app) : IClassFixture<RealtimeTestApp>
{
    [Fact]
    public async Task Events_flow_again_after_the_listening_connection_is_terminated()
    {
        var mentee = await app.MenteeAsync();
        var listener = await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1);
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });
        await client.SubscribeAsync("s", RealtimeProbe.Subscription);
        await RealtimeProbe.WaitForSubscribersAsync(app, 1);

        await RealtimeProbe.TerminateAsync(app.ConnectionString, listener.Single());
        await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1, replaced: listener);
        var subject = await RealtimeProbe.PublishAsync(app, [mentee.Id]);

        Assert.Equal(subject, RealtimeProbe.SubjectOf(await client.ReceiveAsync("next")));
    }
}
