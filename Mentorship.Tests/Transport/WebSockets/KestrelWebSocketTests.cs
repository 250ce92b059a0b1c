using System.Net.WebSockets;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>The protocol over a real network socket, with the framework's own WebSocket on both ends.</summary>
public sealed class KestrelWebSocketTests(AppFor<KestrelWebSocketTests> host) : IClassFixture<AppFor<KestrelWebSocketTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests().UseKestrel();

    [Fact]
    public async Task Real_client_negotiates_the_subprotocol_and_runs_a_query()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await ConnectAsync();
        await client.InitAsync(new { authorization = $"Bearer {mentee.AccessToken}" });

        var result = await client.ExecuteAsync("query { me { id } }");

        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
        Assert.Equal(mentee.Id.ToString(), result.GetProperty("data").GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Real_client_receives_subscription_events_then_complete()
    {
        await using var client = await ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("ticks", "subscription { probeTicks(count: 5) }");
        var results = await client.ReceiveUntilCompleteAsync("ticks");

        Assert.Equal([1, 2, 3, 4, 5], results.Select(r => r.GetProperty("data").GetProperty("probeTicks").GetInt32()));
    }

    [Fact]
    public async Task Real_client_close_is_answered_by_the_server()
    {
        await using var client = await ConnectAsync();
        await client.InitAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);

        Assert.Equal(WebSocketState.Closed, client.Socket.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.Socket.CloseStatus);
    }

    [Fact]
    public async Task Real_client_receives_the_protocol_close_code_and_reason()
    {
        await using var client = await ConnectAsync();
        await client.InitAsync();

        await client.SendTextAsync("""{"type":"start"}""");
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: unknown type 'start'", reason);
        Assert.Equal(WebSocketState.Closed, client.Socket.State);
    }

    [Fact]
    public async Task Real_client_without_the_subprotocol_is_closed_with_4406()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app.GraphQLSocketUri, []);

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4406, code);
        Assert.Equal("Subprotocol not acceptable", reason);
    }

    [Fact]
    public async Task Real_client_message_over_the_size_limit_closes_with_1009()
    {
        await using var client = await ConnectAsync();
        await client.InitAsync();

        await client.SubscribeAsync("big", "{ __typename " + new string(' ', WebSocketTestOptions.MaxMessageBytes) + "}");
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(1009, code);
        Assert.Equal("Message too big", reason);
    }

    private Task<GraphQLWebSocketClient> ConnectAsync() =>
        GraphQLWebSocketClient.ConnectAsync(app.GraphQLSocketUri, [GraphQLWebSocketClient.SubProtocol]);
}
