using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Realtime;

public sealed class DatabaseRestartTests(RestartableDatabaseApp app) : IClassFixture<RestartableDatabaseApp>
{
    [Fact]
    public async Task Events_flow_again_after_the_database_restarts_and_http_serves_meanwhile()
    {
        var mentee = await app.MenteeAsync();
        var listener = await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1);
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });
        await client.SubscribeAsync("s", RealtimeProbe.Subscription);
        await RealtimeProbe.WaitForSubscribersAsync(app, 1);

        await app.StopDatabaseAsync();
        var whileDown = await app.Anonymous().ExecuteAsync("{ __typename }");
        await app.StartDatabaseAsync();
        await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1, replaced: listener);
        var subject = await RealtimeProbe.PublishAsync(app, [mentee.Id]);

        Assert.Equal(200, (int)whileDown.Status);
        Assert.Equal("Query", whileDown.StringAt("__typename"));
        Assert.Equal(subject, RealtimeProbe.SubjectOf(await client.ReceiveAsync("next")));
    }
}
