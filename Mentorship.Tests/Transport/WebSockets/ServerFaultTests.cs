using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class ServerFaultTests
{
    [Fact]
    public async Task Database_failure_while_authenticating_closes_with_4500()
    {
        var outage = new DatabaseOutage();
        await using var app = await MentorshipApp.StartAsync(options => options.WithServices(services => services.AddSingleton<IInterceptor>(outage)));
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);
        outage.IsDown = true;

        await client.SendAsync(new { type = "connection_init", payload = new { authToken = mentee.AccessToken } });
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4500, code);
        Assert.Equal("Internal server error", reason);
    }
}
