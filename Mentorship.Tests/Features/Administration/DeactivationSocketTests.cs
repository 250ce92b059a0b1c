using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Transport.WebSockets;

namespace Mentorship.Tests.Features.Administration;

/// <summary>
/// Admin changes end a user's open sockets: the new security stamp fails the socket's next check (here at the
/// periodic one, a minute on the test's clock).
/// </summary>
public sealed class DeactivationSocketTests(AppFor<DeactivationSocketTests> host) : IClassFixture<AppFor<DeactivationSocketTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests().UseFakeClock();

    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData("deactivate")]
    [InlineData("change role")]
    public async Task An_admin_change_closes_the_users_open_socket_with_4403(string change)
    {
        var mentor = await app.MentorAsync();
        var admin = await app.AsAdminAsync();
        await using var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentor.AccessToken });

        var response = change == "deactivate" ? await admin.DeactivateAsync(mentor.Id) : await admin.ChangeRoleAsync(mentor.Id, "MENTEE");
        response.Succeeded(change == "deactivate" ? "deactivateUser" : "changeUserRole");
        app.Clock.Advance(Interval);
        var (code, _) = await socket.ReceiveCloseAsync();

        Assert.Equal(4403, code);
    }
}
