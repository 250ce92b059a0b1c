using System.Text.Json;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;

namespace Mentorship.Tests.Features.Requests;

/// <summary>Request updates as the web app gets them: Apollo Client and graphql-ws in Node (e2e/request-updates.mjs) against the server on Kestrel.</summary>
public sealed class ApolloClientRequestUpdatesTests(AppFor<ApolloClientRequestUpdatesTests> host) : IClassFixture<AppFor<ApolloClientRequestUpdatesTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseKestrel();

    [Fact]
    public async Task Apollo_client_subscribers_receive_their_own_request_updates_and_nothing_else()
    {
        var (mentee, mentor, outsider, otherMentor) = (await app.MenteeAsync(), await app.MentorAsync(), await app.MenteeAsync(), await app.MentorAsync());
        await using var script = NodeScript.Start("request-updates.mjs",
            app.GraphQLUri.ToString(), mentee.AccessToken, mentor.AccessToken, outsider.AccessToken, otherMentor.AccessToken);

        Assert.Equal("""{"phase":"subscribed"}""", await script.ReadLineAsync());
        await RealtimeProbe.WaitForSubscribersAsync(app, 3);
        await script.WriteLineAsync("go");
        var report = JsonDocument.Parse(await script.ReadLineAsync()).RootElement;
        var (exitCode, error) = await script.WaitForExitAsync();

        Assert.True(exitCode == 0, $"the script failed ({exitCode}): {error}");
        Assert.Equal(["UNAUTHENTICATED"], Strings(report.GetProperty("anonymous")));
        Assert.Equal(["PENDING", "ACCEPTED"], Statuses(report, "mentee"));
        Assert.Equal(["PENDING", "ACCEPTED"], Statuses(report, "mentor"));
        Assert.Equal(["PENDING", "WITHDRAWN"], Statuses(report, "outsider"));
        Assert.All(Events(report, "mentee").Concat(Events(report, "mentor")), e =>
            Assert.Equal((mentee.Id, mentor.Id), (e.GetProperty("menteeId").GetGuid(), e.GetProperty("mentorId").GetGuid())));
        Assert.All(Events(report, "outsider"), e =>
            Assert.Equal((outsider.Id, otherMentor.Id), (e.GetProperty("menteeId").GetGuid(), e.GetProperty("mentorId").GetGuid())));
    }

    private static JsonElement[] Events(JsonElement report, string subscriber) => [.. report.GetProperty(subscriber).EnumerateArray()];

    private static string[] Statuses(JsonElement report, string subscriber) =>
        [.. Events(report, subscriber).Select(e => e.GetProperty("status").GetString()!)];

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
