using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Schema;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>
/// One socket holds at most GraphQL:WebSocket:MaxOperations operations (more are refused with the protocol's error
/// message) and executes at most GraphQL:WebSocket:MaxConcurrentExecutions at once (the rest wait).
/// </summary>
public sealed class SocketCapsTests(AppFor<SocketCapsTests> host) : IClassFixture<AppFor<SocketCapsTests>>, IConfiguresApp
{
    private const int MaxOperations = 3;
    private const int MaxConcurrentExecutions = 2;

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests()
        .WithSetting("GraphQL:WebSocket:MaxOperations", $"{MaxOperations}")
        .WithSetting("GraphQL:WebSocket:MaxConcurrentExecutions", $"{MaxConcurrentExecutions}")
        .WithServices(services =>
        {
            services.AddSingleton<Holds>();
            services.AddSingleton<IQueryFields, HoldQueryFields>();
        });

    private Holds RunningHolds => app.Services.GetRequiredService<Holds>();

    [Fact]
    public async Task A_subscribe_past_the_operation_cap_is_refused_with_an_error_message_and_the_socket_carries_on()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        var channels = Enumerable.Range(0, MaxOperations).Select(_ => $"caps-{Guid.NewGuid():N}").ToList();
        foreach (var channel in channels)
        {
            await client.SubscribeAsync(channel, $$"""subscription { probeSignals(channel: "{{channel}}") }""");
            await app.Signals.Channel(channel).Subscribed;
        }

        await client.SubscribeAsync("one-too-many", "{ __typename }");
        var refused = await client.ReceiveAsync("error");
        await client.CompleteAsync(channels[0]);
        await app.Signals.Channel(channels[0]).Unsubscribed;
        var afterwards = await client.ExecuteAsync("{ __typename }");

        Assert.Equal("one-too-many", refused.GetProperty("id").GetString());
        Assert.Equal(ErrorCodes.TooManyRequests, refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Query", afterwards.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Operations_past_the_execution_cap_wait_their_turn()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);
        for (var i = 0; i < MaxOperations; i++)
        {
            await client.SubscribeAsync($"hold-{i}", "{ probeHold }");
        }

        await RunningHolds.WaitUntilRunningAsync(MaxConcurrentExecutions);
        await Task.Delay(300);
        var runningBeforeRelease = RunningHolds.Running;
        RunningHolds.Release();
        var completed = new List<string>();
        while (completed.Count < MaxOperations)
        {
            var message = await client.ReceiveAsync();
            if (message.GetProperty("type").GetString() == "complete")
            {
                completed.Add(message.GetProperty("id").GetString()!);
            }
        }

        Assert.Equal(MaxConcurrentExecutions, runningBeforeRelease);
        Assert.Equal(MaxConcurrentExecutions, RunningHolds.MostRunning);
        Assert.Equal(MaxOperations, completed.Distinct().Count());
    }

    /// <summary>Counts the <c>probeHold</c> queries running, and holds them until released.</summary>
    public sealed class Holds
    {
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int running;
        private int mostRunning;

        public int Running => Volatile.Read(ref running);

        public int MostRunning => Volatile.Read(ref mostRunning);

        public async Task<int> HoldAsync()
        {
            var now = Interlocked.Increment(ref running);
            int most;
            while ((most = Volatile.Read(ref mostRunning)) < now && Interlocked.CompareExchange(ref mostRunning, now, most) != most)
            {
            }

            await released.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref running);
            return now;
        }

        public void Release() => released.TrySetResult();

        public async Task WaitUntilRunningAsync(int count)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (Running < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }

    public sealed class HoldQueryFields(Holds holds) : IQueryFields
    {
        public void AddTo(ObjectGraphType query) =>
            query.Field<NonNullGraphType<IntGraphType>>("probeHold")
                .AllowAnonymous()
                .Description("Test only: waits until the test releases it; answers how many were running when it started.")
                .ResolveAsync(async _ => await holds.HoldAsync());
    }
}
