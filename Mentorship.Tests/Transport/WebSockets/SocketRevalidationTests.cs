using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>
/// A signed-in socket re-checks its user every minute (GraphQL:WebSocket:RevalidationInterval): the backstop for changes
/// nobody announced (see <see cref="SecurityStampTests"/> for those that are).
/// </summary>
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
    public async Task A_stamp_changed_without_an_announcement_closes_the_socket_at_the_next_check()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        // Written straight to the database: no NOTIFY, so only the periodic check can notice.
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == mentee.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.SecurityStamp, Guid.NewGuid())));
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
