using System.Net.WebSockets;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class TimeoutTests(AppFor<TimeoutTests> host) : IClassFixture<AppFor<TimeoutTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    /// <summary>Connection-init and close-handshake timeouts short enough to wait out in a test.</summary>
    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options
        .WithSetting("GraphQL:WebSocket:ConnectionInitTimeout", "00:00:00.200")
        .WithSetting("GraphQL:WebSocket:CloseHandshakeTimeout", "00:00:01");

    [Fact]
    public async Task Socket_without_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4408, code);
        Assert.Equal("Connection initialisation timeout", reason);
    }

    [Fact]
    public async Task Client_that_never_answers_the_close_frame_is_dropped_after_the_handshake_timeout()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);
        var (code, _) = await client.ReceiveCloseAsync(answer: false);

        var dropped = await SendUntilDroppedAsync(client.Socket);

        Assert.Equal(4408, code);
        Assert.True(dropped, "The server kept the socket although its close frame was never answered.");
    }

    /// <summary>Sends until the server has let go of the socket; false if it still holds it after half a minute.</summary>
    private static async Task<bool> SendUntilDroppedAsync(WebSocket socket)
    {
        var giveUp = DateTimeOffset.UtcNow.AddSeconds(30);
        while (DateTimeOffset.UtcNow < giveUp)
        {
            try
            {
                await socket.SendAsync("""{"type":"ping"}"""u8.ToArray(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            catch (IOException)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        return false;
    }
}
