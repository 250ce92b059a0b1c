using System.Text.Json;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;

namespace Mentorship.Tests.Features.Requests;

/// <summary>
/// A socket that outlives its access token (e2e/token-refresh.mjs): the server closes it with 4403, and the
/// web app's client reconnects with a refreshed token and keeps receiving its updates.
/// </summary>
public sealed class ApolloClientTokenRefreshTests(AppFor<ApolloClientTokenRefreshTests> host)
    : IClassFixture<AppFor<ApolloClientTokenRefreshTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    /// <summary>Kestrel, with access tokens that expire after a few seconds, so sockets outlive them.</summary>
    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseKestrel().WithSetting("Jwt:AccessTokenLifetime", "00:00:08");

    [Fact]
    public async Task Subscriber_whose_token_expires_is_closed_with_4403_and_resumes_after_reconnecting_with_a_refreshed_token()
    {
        var (mentee, mentor) = (await app.MenteeAsync(), await app.MentorAsync());
        await using var script = NodeScript.Start("token-refresh.mjs",
            app.GraphQLUri.ToString(), mentee.Email, MentorshipApp.UserPassword, mentor.Id.ToString());

        Assert.Equal("""{"phase":"reconnected"}""", await script.ReadLineAsync());
        await RealtimeProbe.WaitForSubscribersAsync(app, 1);
        await script.WriteLineAsync("go");
        var report = JsonDocument.Parse(await script.ReadLineAsync()).RootElement;
        var (exitCode, error) = await script.WaitForExitAsync();

        Assert.True(exitCode == 0, $"the script failed ({exitCode}): {error}");
        Assert.Equal([4403], report.GetProperty("closeCodes").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal(2, report.GetProperty("connections").GetInt32());
        Assert.True(report.GetProperty("refreshes").GetInt32() >= 1, $"the token was never refreshed: {report}");
        var update = Assert.Single(report.GetProperty("events").EnumerateArray());
        Assert.Equal(report.GetProperty("requestId").GetString(), update.GetProperty("id").GetString());
        Assert.Equal("PENDING", update.GetProperty("status").GetString());
    }
}
