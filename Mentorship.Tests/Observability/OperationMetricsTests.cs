using Mentorship.GraphQL.Features.Identity;
using Mentorship.Tests.Features.Identity;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;

namespace Mentorship.Tests.Observability;

/// <summary>The server's own meter, read through a listener on this server's meter alone.</summary>
public sealed class OperationMetricsTests(AppFor<OperationMetricsTests> host) : IClassFixture<AppFor<OperationMetricsTests>>, IConfiguresApp
{
    private const string Operations = "mentorship.graphql.operations";
    private const string Duration = "mentorship.graphql.operation.duration";
    private const string Name = "graphql.operation.name";
    private const string Outcome = "mentorship.graphql.outcome";
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests().RecordMetrics();

    [Fact]
    public async Task Operations_are_counted_and_timed_by_name_type_and_outcome()
    {
        await app.Anonymous().ExecuteAsync("query MeteredEcho { probeEcho(value: 1) }");
        await app.Anonymous().ExecuteAsync("query MeteredEcho { probeEcho(value: 2) }");
        await app.Anonymous().ExecuteAsync("query MeteredRefusal { me { id } }");

        Assert.Equal(2, app.Metrics.Sum(Operations, (Name, "MeteredEcho"), ("graphql.operation.type", "query"), (Outcome, "success")));
        var refusal = Assert.Single(app.Metrics.Of(Operations, (Name, "MeteredRefusal")));
        Assert.Equal("rejected", refusal.Tags[Outcome]);
        Assert.Equal("UNAUTHENTICATED", refusal.Tags["error.type"]);
        var durations = app.Metrics.Of(Duration, (Name, "MeteredEcho"), (Outcome, "success"));
        Assert.Equal(2, durations.Count);
        Assert.All(durations, d => Assert.InRange(d.Value, double.Epsilon, 10));
    }

    [Fact]
    public async Task Operation_names_of_documents_that_never_parse_are_left_out()
    {
        await app.Anonymous().ExecuteAsync("query {", operationName: "MeteredMadeUpName");

        Assert.Empty(app.Metrics.Of(Operations, (Name, "MeteredMadeUpName")));
        Assert.Contains(app.Metrics.Of(Operations, (Outcome, "rejected"), ("error.type", "GRAPHQL_PARSE_FAILED")), m => !m.Tags.ContainsKey(Name));
    }

    [Fact]
    public async Task Open_sockets_and_running_subscriptions_are_gauged_and_deliveries_counted()
    {
        const string Sockets = "mentorship.websocket.connections";
        const string Subscriptions = "mentorship.graphql.subscriptions.active";
        const string Delivered = "mentorship.graphql.subscription.events_delivered";
        var name = Guid.NewGuid().ToString("N");
        var channel = app.Signals.Channel(name);
        var delivered = app.Metrics.Sum(Delivered);

        var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        await app.Metrics.WaitForSumAsync(Sockets, 1);
        await client.SubscribeAsync("s", "subscription Watch($channel: String!) { probeSignals(channel: $channel) }", new { channel = name });
        await channel.Subscribed;
        await app.Metrics.WaitForSumAsync(Subscriptions, 1);
        channel.Publish("first");
        channel.Publish("second");
        await client.ReceiveAsync("next");
        await client.ReceiveAsync("next");
        await app.Metrics.WaitForSumAsync(Delivered, delivered + 2);

        await client.CompleteAsync("s");
        await app.Metrics.WaitForSumAsync(Subscriptions, 0);
        await client.DisposeAsync();
        await app.Metrics.WaitForSumAsync(Sockets, 0);
    }

    [Fact]
    public async Task Sign_in_failures_and_throttled_attempts_are_counted()
    {
        const string Failures = "mentorship.identity.sign_in.failures";
        var mentee = await app.MenteeAsync();
        var failures = app.Metrics.Sum(Failures, ("mentorship.sign_in.failure", "invalid_credentials"));
        var throttled = app.Metrics.Sum("mentorship.identity.sign_in.throttled");

        for (var attempt = 0; attempt < SignInThrottleService.FreeAttempts; attempt++)
        {
            Assert.Equal(["INVALID_CREDENTIALS"], (await app.Anonymous().SignInAsync(mentee.Email, "not the password")).PayloadErrorCodes("signIn"));
        }

        Assert.Equal(["TOO_MANY_SIGN_IN_ATTEMPTS"], (await app.Anonymous().SignInAsync(mentee.Email, "not the password")).PayloadErrorCodes("signIn"));
        Assert.Equal(failures + SignInThrottleService.FreeAttempts, app.Metrics.Sum(Failures, ("mentorship.sign_in.failure", "invalid_credentials")));
        Assert.Equal(throttled + 1, app.Metrics.Sum("mentorship.identity.sign_in.throttled"));
    }

    [Fact]
    public async Task Listener_reconnects_are_counted()
    {
        const string Reconnects = "mentorship.realtime.listener.reconnects";
        var listener = await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1);
        var reconnects = app.Metrics.Sum(Reconnects);

        await RealtimeProbe.TerminateAsync(app.ConnectionString, listener.Single());

        await app.Metrics.WaitForSumAsync(Reconnects, reconnects + 1);
        await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1, replaced: listener);
    }
}
