using System.Runtime.CompilerServices;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Infrastructure.Probes;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class SubscriptionTests(AppFor<SubscriptionTests> host) : IClassFixture<AppFor<SubscriptionTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests();

    [Fact]
    public async Task Subscription_sends_a_next_per_event_then_complete_when_its_stream_ends()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SubscribeAsync("ticks", "subscription { probeTicks(count: 3) }");
        var results = await client.ReceiveUntilCompleteAsync("ticks");

        Assert.Equal([1, 2, 3], results.Select(r => r.GetProperty("data").GetProperty("probeTicks").GetInt32()));
    }

    [Fact]
    public async Task Events_arrive_while_the_subscription_is_open()
    {
        var (channel, subscription) = Signals();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        await client.SubscribeAsync("s", subscription);
        await channel.Subscribed;

        channel.Publish("first");
        var first = await client.ReceiveAsync("next");
        channel.Publish("second");
        var second = await client.ReceiveAsync("next");
        channel.Complete();
        await client.ReceiveAsync("complete");

        Assert.Equal("first", first.GetProperty("payload").GetProperty("data").GetProperty("probeSignals").GetString());
        Assert.Equal("second", second.GetProperty("payload").GetProperty("data").GetProperty("probeSignals").GetString());
    }

    [Fact]
    public async Task Client_complete_stops_the_subscription()
    {
        var (channel, subscription) = Signals();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        await client.SubscribeAsync("s", subscription);
        await channel.Subscribed;
        channel.Publish("before");
        await client.ReceiveAsync("next");

        await client.CompleteAsync("s");
        await channel.Unsubscribed;
        channel.Publish("after");
        await client.SendAsync(new { type = "ping" });

        // Nothing more for the stopped operation: no next, no complete; the ping's pong comes first.
        await client.ReceiveAsync("pong");
    }

    [Fact]
    public async Task Failing_event_stream_sends_an_error_and_ends_the_operation()
    {
        var (channel, subscription) = Signals();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        await client.SubscribeAsync("s", subscription);
        await channel.Subscribed;

        channel.Fail(new InvalidOperationException("broken source"));
        var error = await client.ReceiveAsync("error");
        await channel.Unsubscribed;

        var problem = Assert.Single(error.GetProperty("payload").EnumerateArray());
        Assert.Equal("s", error.GetProperty("id").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", problem.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("probeSignals", Assert.Single(problem.GetProperty("path").EnumerateArray()).GetString());
        Assert.DoesNotContain("broken source", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_the_socket_stops_its_subscriptions()
    {
        var (channel, subscription) = Signals();
        var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        await client.SubscribeAsync("s", subscription);
        await channel.Subscribed;

        await client.DisposeAsync();

        // Times out, failing the test, unless the server let go of the stream.
        await channel.Unsubscribed;
    }

    private (SignalChannel Channel, string Subscription) Signals([CallerMemberName] string name = "") =>
        (app.Signals.Channel(name), $"subscription {{ probeSignals(channel: \"{name}\") }}");
}
