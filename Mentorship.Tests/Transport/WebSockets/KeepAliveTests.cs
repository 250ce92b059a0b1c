using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class KeepAliveTests(AppFor<KeepAliveTests> host) : IClassFixture<AppFor<KeepAliveTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    /// <summary>Keep-alive pings often enough to see them in a test.</summary>
    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.WithSetting("GraphQL:WebSocket:KeepAliveInterval", "00:00:00.100");

    [Fact]
    public async Task Acknowledged_connection_gets_a_ping_every_keep_alive_interval()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        var first = await client.ReceiveAsync("ping");
        await client.SendAsync(new { type = "pong" });
        var second = await client.ReceiveAsync("ping");

        Assert.False(first.TryGetProperty("id", out _));
        Assert.False(second.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Socket_waiting_for_connection_init_gets_no_ping()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await client.SendAsync(new { type = "ping", payload = new { marker = "mine" } });
        var reply = await client.ReceiveAsync();

        Assert.Equal("pong", reply.GetProperty("type").GetString());
    }
}
