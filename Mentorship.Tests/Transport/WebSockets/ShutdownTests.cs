using Mentorship.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>Stops its own server, so it has a fixture of its own.</summary>
public sealed class ShutdownTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Stopping_the_server_closes_open_sockets_with_1001()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(1001, code);
        Assert.Equal("Server shutting down", reason);
    }
}
