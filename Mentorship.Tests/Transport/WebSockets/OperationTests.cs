using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class OperationTests(AppFor<OperationTests> host) : IClassFixture<AppFor<OperationTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests();

    [Fact]
    public async Task Query_gets_one_next_then_complete()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SubscribeAsync("q1", "{ __typename }");
        var next = await client.ReceiveAsync("next");
        var complete = await client.ReceiveAsync("complete");

        Assert.Equal("q1", next.GetProperty("id").GetString());
        Assert.Equal("Query", next.GetProperty("payload").GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("q1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Query_result_is_the_same_json_as_over_http()
    {
        const string query = "query Me { me { id email role isActive createdAt profile { displayName skills } } }";
        var mentee = await app.MenteeAsync("Grace");
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        var overSocket = await client.ExecuteAsync(query);
        var overHttp = await mentee.Client.ExecuteAsync(query);

        overHttp.EnsureNoErrors();
        Assert.True(JsonElement.DeepEquals(overHttp.Json, overSocket), $"HTTP: {overHttp.Json}\nWebSocket: {overSocket}");
    }

    [Fact]
    public async Task Invalid_query_gets_an_error_message_and_no_complete()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SubscribeAsync("bad", "{ noSuchField }");
        var error = await client.ReceiveAsync("error");
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("bad", error.GetProperty("id").GetString());
        var problem = Assert.Single(error.GetProperty("payload").EnumerateArray());
        Assert.Contains("noSuchField", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", problem.GetProperty("extensions").GetProperty("code").GetString());
        // The next message answers the ping: no complete follows an error.
        await client.ReceiveAsync("pong");
    }

    [Fact]
    public async Task Request_errors_are_the_same_json_as_over_http()
    {
        const string query = "query Broken($count: Int!) { noSuchField }";
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SubscribeAsync("bad", query);
        var overSocket = (await client.ReceiveAsync("error")).GetProperty("payload");
        var overHttp = await app.Anonymous().ExecuteAsync(query);

        var httpErrors = overHttp.Json.GetProperty("errors");
        Assert.True(JsonElement.DeepEquals(httpErrors, overSocket), $"HTTP: {httpErrors}\nWebSocket: {overSocket}");
    }

    [Fact]
    public async Task Mutation_is_executed_and_gets_next_then_complete()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        var result = await client.ExecuteAsync("mutation { probeSay(text: \"hello\") }");

        Assert.Equal("hello", result.GetProperty("data").GetProperty("probeSay").GetString());
    }

    [Fact]
    public async Task Variables_and_operation_name_reach_the_engine()
    {
        const string document = "mutation Shout($text: String!) { probeSay(text: $text) } query Name { __typename }";
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SubscribeAsync("v1", document, new { text = "from variables" }, operationName: "Shout");
        var results = await client.ReceiveUntilCompleteAsync("v1");

        Assert.Equal("from variables", Assert.Single(results).GetProperty("data").GetProperty("probeSay").GetString());
    }

    [Fact]
    public async Task Operation_id_can_be_reused_once_its_operation_completed()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SubscribeAsync("same", "{ __typename }");
        var first = await client.ReceiveUntilCompleteAsync("same");
        await client.SubscribeAsync("same", "mutation { probeSay(text: \"again\") }");
        var second = await client.ReceiveUntilCompleteAsync("same");

        Assert.Equal("Query", Assert.Single(first).GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("again", Assert.Single(second).GetProperty("data").GetProperty("probeSay").GetString());
    }

    [Fact]
    public async Task Subscribe_with_the_id_of_an_active_subscription_closes_with_4409()
    {
        var channel = app.Signals.Channel(nameof(Subscribe_with_the_id_of_an_active_subscription_closes_with_4409));
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        await client.SubscribeAsync("dup", $"subscription {{ probeSignals(channel: \"{nameof(Subscribe_with_the_id_of_an_active_subscription_closes_with_4409)}\") }}");
        await channel.Subscribed;

        await client.SubscribeAsync("dup", "{ __typename }");
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4409, code);
        Assert.Equal("Subscriber for dup already exists", reason);
    }

    [Fact]
    public async Task Fifty_pipelined_queries_get_fifty_well_formed_next_and_complete_pairs()
    {
        const int count = 50;
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        for (var i = 0; i < count; i++)
        {
            await client.SubscribeAsync($"p{i}", "query { me { id } }");
        }

        var messages = new List<JsonElement>();
        for (var i = 0; i < 2 * count; i++)
        {
            messages.Add(await client.ReceiveAsync());
        }

        var byOperation = messages.GroupBy(m => m.GetProperty("id").GetString()!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(count, byOperation.Count);
        foreach (var (id, operationMessages) in byOperation)
        {
            Assert.True(operationMessages.Count == 2, $"{id} got {operationMessages.Count} messages");
            Assert.Equal("next", operationMessages[0].GetProperty("type").GetString());
            Assert.Equal(mentee.Id.ToString(), operationMessages[0].GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("id").GetString());
            Assert.Equal("complete", operationMessages[1].GetProperty("type").GetString());
        }
    }
}
