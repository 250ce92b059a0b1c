using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Mentorship.Tests.Observability;

/// <summary>
/// What SIGTERM sets off: the host's <see cref="IHostApplicationLifetime.StopApplication"/>, which the process's signal
/// handler calls. Each test stops its own server, on Kestrel, as in production.
/// </summary>
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Stopping_turns_readiness_false_lets_in_flight_requests_finish_closes_sockets_with_1001_and_the_listener()
    {
        await using var app = await MentorshipApp.StartAsync(options => options
            .UseKestrel()
            .WithProbeFields()
            .WithSetting("GraphQL:WebSocket:KeepAliveInterval", "00:00:00")
            .WithSetting("Shutdown:DrainDelay", "00:00:03"));
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStopped = lifetime.ApplicationStopped.Register(stopped.SetResult);
        await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1);
        using var http = new HttpClient { BaseAddress = app.GraphQLUri, Timeout = Patience };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        await using var subscriber = await GraphQLWebSocketClient.ConnectAsync(app.GraphQLSocketUri, [GraphQLWebSocketClient.SubProtocol]);
        await subscriber.InitAsync();
        await subscriber.SubscribeAsync("ticks", "subscription { probeTicks(count: 1) }");
        await subscriber.ReceiveAsync("next");
        await subscriber.ReceiveAsync("complete");
        var gateName = Guid.NewGuid().ToString("N");
        var gate = app.Signals.Channel(gateName);
        var inFlight = http.PostAsJsonAsync("/graphql", new
        {
            query = "query InFlight($channel: String!) { probeAwait(channel: $channel) }",
            variables = new { channel = gateName },
        });
        await gate.Subscribed;

        lifetime.StopApplication();
        var readiness = await http.GetAsync("/health/ready");
        var (closeCode, closeReason) = await subscriber.ReceiveCloseAsync();
        await RefusesNewConnectionsAsync(app.GraphQLUri);
        gate.Publish("finished after the stop began");
        using var answer = await inFlight;
        await stopped.Task.WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.Equal(1001, closeCode);
        Assert.Equal("Server shutting down", closeReason);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("finished after the stop began", body.GetProperty("data").GetProperty("probeAwait").GetString());
        Assert.Empty(await RealtimeProbe.ListenerPidsAsync(app.ConnectionString));
    }

    [Fact]
    public async Task The_shutdown_timeout_leaves_in_flight_operations_their_execution_timeout()
    {
        await using var app = await MentorshipApp.StartAsync(options => options
            .WithSetting("GraphQL:ExecutionTimeout", "00:01:00")
            .WithSetting("Shutdown:DrainDelay", "00:00:01"));

        var shutdownTimeout = app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

        Assert.True(shutdownTimeout >= TimeSpan.FromSeconds(61), $"The host waits only {shutdownTimeout} for in-flight operations.");
    }

    /// <summary>Waits until the drain delay is over and the server has stopped listening, while requests are still in flight.</summary>
    private static async Task RefusesNewConnectionsAsync(Uri server)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            // A client of its own each time, so no kept-alive connection answers.
            using var fresh = new HttpClient { BaseAddress = server };
            try
            {
                using var _ = await fresh.GetAsync("/health/live", timeout.Token);
            }
            catch (HttpRequestException)
            {
                return;
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
