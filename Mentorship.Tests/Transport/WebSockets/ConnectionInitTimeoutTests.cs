using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class ConnectionInitTimeoutTests(ShortInitTimeoutApp app) : IClassFixture<ShortInitTimeoutApp>
{
    [Fact]
    public async Task Socket_without_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4408, code);
        Assert.Equal("Connection initialisation timeout", reason);
    }
}
