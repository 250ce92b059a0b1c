using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class InvalidMessageTests(AppFor<InvalidMessageTests> host) : IClassFixture<AppFor<InvalidMessageTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests();

    [Fact]
    public async Task Text_that_is_not_json_closes_with_4400()
    {
        var (code, reason) = await CloseAfterAsync("{ this is not json");

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: not JSON", reason);
    }

    [Fact]
    public async Task Json_that_is_not_an_object_closes_with_4400()
    {
        var (code, reason) = await CloseAfterAsync("[1, 2]");

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: not a JSON object", reason);
    }

    [Fact]
    public async Task Message_without_type_closes_with_4400()
    {
        var (code, reason) = await CloseAfterAsync("""{"id":"1"}""");

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: 'type' must be a string", reason);
    }

    [Fact]
    public async Task Unknown_message_type_closes_with_4400()
    {
        var (code, reason) = await CloseAfterAsync("""{"type":"start","id":"1"}""");

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: unknown type 'start'", reason);
    }

    [Fact]
    public async Task Server_message_type_sent_by_the_client_closes_with_4400()
    {
        var (code, reason) = await CloseAfterAsync("""{"type":"next","id":"1","payload":{}}""");

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: 'next' is sent by servers, not clients", reason);
    }

    [Fact]
    public async Task Subscribe_without_id_closes_with_4400()
    {
        var (code, reason) = await CloseAfterAsync("""{"type":"subscribe","payload":{"query":"{ __typename }"}}""");

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: 'id' must be a non-empty string", reason);
    }

    [Fact]
    public async Task Subscribe_without_query_closes_with_4400()
    {
        var (code, reason) = await CloseAfterAsync("""{"type":"subscribe","id":"1","payload":{"variables":{}}}""");

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: 'payload.query' must be a string", reason);
    }

    [Fact]
    public async Task Subscribe_with_variables_that_are_not_an_object_closes_with_4400()
    {
        var (code, reason) = await CloseAfterAsync("""{"type":"subscribe","id":"1","payload":{"query":"{ __typename }","variables":[1]}}""");

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: 'variables' must be an object or null", reason);
    }

    [Fact]
    public async Task Complete_without_id_closes_with_4400()
    {
        var (code, reason) = await CloseAfterAsync("""{"type":"complete"}""");

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: 'id' must be a non-empty string", reason);
    }

    [Fact]
    public async Task Message_over_the_size_limit_closes_with_1009()
    {
        var (code, reason) = await CloseAfterAsync(SubscribeWithPadding(WebSocketTestOptions.MaxMessageBytes));

        Assert.Equal(1009, code);
        Assert.Equal("Message too big", reason);
    }

    [Fact]
    public async Task Message_of_exactly_the_size_limit_is_accepted()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        var message = SubscribeWithPadding(WebSocketTestOptions.MaxMessageBytes - SubscribeWithPadding(0).Length);
        Assert.Equal(WebSocketTestOptions.MaxMessageBytes, System.Text.Encoding.UTF8.GetByteCount(message));

        await client.SendTextAsync(message);
        var results = await client.ReceiveUntilCompleteAsync("1");

        Assert.Equal("Query", Assert.Single(results).GetProperty("data").GetProperty("__typename").GetString());
    }

    private static string SubscribeWithPadding(int spaces) =>
        System.Text.Json.JsonSerializer.Serialize(new { id = "1", type = "subscribe", payload = new { query = "{ __typename" + new string(' ', spaces) + "}" } });

    private async Task<(int Code, string? Reason)> CloseAfterAsync(string message)
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        await client.SendTextAsync(message);
        return await client.ReceiveCloseAsync();
    }
}
