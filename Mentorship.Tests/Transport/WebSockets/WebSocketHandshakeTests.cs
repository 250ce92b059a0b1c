using System.Net.WebSockets;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class WebSocketHandshakeTests(AppFor<WebSocketHandshakeTests> host) : IClassFixture<AppFor<WebSocketHandshakeTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests();

    [Fact]
    public async Task Upgrade_offering_graphql_transport_ws_is_accepted_with_that_subprotocol()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        Assert.Equal(WebSocketState.Open, client.Socket.State);
        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
    }

    [Fact]
    public async Task Upgrade_without_a_subprotocol_is_closed_with_4406()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app, []);

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4406, code);
        Assert.Equal("Subprotocol not acceptable", reason);
    }

    [Fact]
    public async Task Upgrade_offering_only_the_legacy_graphql_ws_subprotocol_is_closed_with_4406()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app, ["graphql-ws"]);

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4406, code);
        Assert.Equal("Subprotocol not acceptable", reason);
    }

    [Fact]
    public async Task Client_close_frame_is_answered_with_the_same_status()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);

        Assert.Equal(WebSocketState.Closed, client.Socket.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.Socket.CloseStatus);
    }

    [Fact]
    public async Task Http_post_to_graphql_still_reaches_the_http_transport()
    {
        var response = await app.Anonymous().ExecuteAsync("{ __typename }");

        response.EnsureNoErrors();
        Assert.Equal("Query", response.StringAt("__typename"));
    }
}
