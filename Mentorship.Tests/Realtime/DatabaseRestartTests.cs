using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Realtime;

public sealed class DatabaseRestartTests(AppFor<DatabaseRestartTests> host) : IClassFixture<AppFor<DatabaseRestartTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests().UseRestartableDatabase();

    [Fact]
    public async Task Events_flow_again_after_the_database_restarts_and_http_serves_meanwhile()
    {
        var (mentee, mentor) = (await app.MenteeAsync(), await app.MentorAsync());
        var listener = await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1);
        await using var mentorSocket = await RequestUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 1);

        await app.StopDatabaseAsync();
        var whileDown = await app.Anonymous().ExecuteAsync("{ __typename }");
        await app.StartDatabaseAsync();
        await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1, replaced: listener);
        var requestId = await mentee.SentRequestAsync(mentor);

        Assert.Equal(200, (int)whileDown.Status);
        Assert.Equal("Query", whileDown.StringAt("__typename"));
        Assert.Equal((requestId, "PENDING"), await mentorSocket.NextAsync());
    }
}
