using System.Diagnostics;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Transport.WebSockets;

namespace Mentorship.Tests.Features.Administration;

/// <summary>
/// Admin changes end a user's open sockets at once: the new security stamp is announced through PostgreSQL and the
/// socket closes within a second. The test's clock never moves, so the periodic check cannot be what closes it.
/// </summary>
public sealed class DeactivationSocketTests(AppFor<DeactivationSocketTests> host) : IClassFixture<AppFor<DeactivationSocketTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests().UseFakeClock();

    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData("deactivate")]
    [InlineData("change role")]
    public async Task An_admin_change_closes_the_users_open_socket_with_4403_within_a_second(string change)
    {
        var mentor = await app.MentorAsync();
        var admin = await app.AsAdminAsync();
        await using var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentor.AccessToken });

        var response = change == "deactivate" ? await admin.DeactivateAsync(mentor.Id) : await admin.ChangeRoleAsync(mentor.Id, "MENTEE");
        response.Succeeded(change == "deactivate" ? "deactivateUser" : "changeUserRole");
        var clock = Stopwatch.StartNew();
        var (code, _) = await socket.ReceiveCloseAsync();
        clock.Stop();

        Assert.Equal(4403, code);
        Assert.True(clock.Elapsed < AtOnce, $"closed after {clock.Elapsed}");
    }
}
