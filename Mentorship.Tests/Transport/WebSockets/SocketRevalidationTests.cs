using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>A signed-in socket re-checks its user every minute (GraphQL:WebSocket:RevalidationInterval).</summary>
public sealed class SocketRevalidationTests(AppFor<SocketRevalidationTests> host) : IClassFixture<AppFor<SocketRevalidationTests>>, IConfiguresApp
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests().UseFakeClock();

    [Fact]
    public async Task Socket_of_a_user_deactivated_since_init_is_closed_with_4403_at_the_next_check()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        await app.DeactivateAsync(mentee.Id);
        app.Clock.Advance(Interval);
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
        Assert.Equal("Forbidden", reason);
    }

    [Fact]
    public async Task Signing_out_everywhere_closes_the_users_open_socket_at_the_next_check()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        (await mentee.Client.ExecuteAsync("mutation { signOut(input: { everywhere: true }) { revokedTokens } }")).EnsureNoErrors();
        app.Clock.Advance(Interval);
        var (code, _) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task Socket_of_a_user_still_in_good_standing_stays_open_across_checks()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        app.Clock.Advance(Interval * 5);
        var result = await client.ExecuteAsync("query { me { id } }");

        Assert.Equal(mentee.Id.ToString(), result.GetProperty("data").GetProperty("me").GetProperty("id").GetString());
    }
}
