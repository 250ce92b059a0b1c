using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Features.Requests;
using Mentorship.GraphQL.Features.Sessions;
using Mentorship.GraphQL.Realtime;
using Microsoft.Extensions.Options;

namespace Mentorship.Benchmarks;

/// <summary>
/// N subscribers on one server instance, each a mentee subscribed to <c>mentorshipRequestUpdated</c> (or
/// <c>sessionUpdated</c>), each receiving one event about its own request (or session). Reports the delivery latency —
/// from the event's <c>NOTIFY</c> being sent to the subscriber holding the resolved request — the throughput, the
/// server's CPU time per event, and its resident memory per open subscribed socket.
/// </summary>
internal static class SubscriptionBenchmark
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(2);

    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var count = arguments.Subscribers;
        var (subscription, what) = arguments.Events == BenchEvents.Sessions
            ? (BenchSubscriber.SessionSubscription, "a scheduled session with one mentor")
            : (BenchSubscriber.RequestSubscription, "a pending request to one mentor");
        Say($"Preparing a fresh database: {count} mentees, each with {what}");
        await using var database = await BenchDatabase.CreateAsync(arguments.AdminConnectionString);
        var mentees = await SeedAsync(database, arguments.Events, count + 1);
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var tokens = new AccessTokenService(Options.Create(new JwtOptions { SigningKey = signingKey, AccessTokenLifetime = TokenLifetime }), TimeProvider.System);

        Say("Starting the server (Release build, Production settings)");
        await using var server = await ServerProcess.StartAsync(arguments.ServerAssembly, database.ConnectionString, signingKey, TokenLifetime);

        // One subscriber first, through the whole path, so start-up and compilation count neither as memory per socket nor as latency.
        await using (var warmUp = await BenchSubscriber.ConnectAsync(server.SocketUri, tokens.Issue(mentees[0].Mentee).Value, subscription, mentees[0].Change))
        {
            await DeliverToEveryoneAsync(database, [warmUp]);
        }

        await server.SettleAsync();
        var memoryBefore = server.ResidentBytes();

        Say($"Opening {count} sockets, one mentee each, each subscribed");
        var subscribers = await OpenAsync(server, tokens, subscription, mentees.Skip(1).ToList());
        try
        {
            // A subscription is known to be registered once an event has reached it.
            await DeliverToEveryoneAsync(database, subscribers);
            await server.SettleAsync();
            var memoryAfter = server.ResidentBytes();

            Say($"Measuring {arguments.Bursts} burst(s): one event per subscriber, published back to back from four connections, each pipelining its NOTIFYs");
            var bursts = new List<Burst>();
            for (var i = 0; i < arguments.Bursts; i++)
            {
                await server.SettleAsync();
                var cpuBefore = server.CpuTime();
                var (latencies, elapsed, published) = await MeasureAsync(database, subscribers);
                var burst = new Burst(latencies, elapsed, published, (server.CpuTime() - cpuBefore) / count);
                Console.Error.WriteLine(burst.Describe(i + 1));
                bursts.Add(burst);
            }

            var load = Machine.LoadAverage();
            Report(arguments.Events, count, bursts, memoryBefore, memoryAfter, load);
            return 0;
        }
        finally
        {
            await Task.WhenAll(subscribers.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    /// <summary>The mentees, each with the event about its own request or session.</summary>
    private static async Task<IReadOnlyList<(User Mentee, RealtimeEvent Change)>> SeedAsync(BenchDatabase database, BenchEvents events, int mentees)
    {
        if (events == BenchEvents.Sessions)
        {
            var sessions = await database.SeedSessionsAsync(mentees);
            return [.. sessions.Select(s => (s.Mentee, SessionEvents.UpdatedEvent(s.Session)))];
        }

        var (_, requests) = await database.SeedAsync(mentees);
        return [.. requests.Select(r => (r.Mentee, MentorshipRequestEvents.UpdatedEvent(r.Request)))];
    }

    private static async Task<List<BenchSubscriber>> OpenAsync(
        ServerProcess server, AccessTokenService tokens, string subscription, List<(User Mentee, RealtimeEvent Change)> mentees)
    {
        var subscribers = new BenchSubscriber[mentees.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, mentees.Count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
            subscribers[i] = await BenchSubscriber.ConnectAsync(server.SocketUri, tokens.Issue(mentees[i].Mentee).Value, subscription, mentees[i].Change));
        return [.. subscribers];
    }

    /// <summary>Sends each subscriber an event until every one has received one; gives up after ten rounds.</summary>
    private static async Task DeliverToEveryoneAsync(BenchDatabase database, IReadOnlyList<BenchSubscriber> subscribers)
    {
        var waiting = subscribers.ToList();
        for (var round = 1; round <= 10 && waiting.Count > 0; round++)
        {
            var before = waiting.ToDictionary(s => s, s => s.Arrivals);
            await database.NotifyAsync([.. waiting.Select(s => s.Change)], new long[waiting.Count]);

            await WaitUntilAsync(() => waiting.All(s => s.Arrivals > before[s] || s.Failure is not null), TimeSpan.FromSeconds(5));
            waiting = [.. waiting.Where(s => s.Arrivals == before[s])];
            if (waiting.FirstOrDefault(s => s.Failure is not null) is { } failed)
            {
                throw new InvalidOperationException($"A subscriber's socket failed: {failed.Failure}");
            }
        }

        if (waiting.Count > 0)
        {
            throw new InvalidOperationException($"{waiting.Count} subscriber(s) never received an event.");
        }
    }

    /// <summary>
    /// Each subscriber's delivery latency, in milliseconds, the time from the first event sent to the last one received,
    /// and the time from the first event sent until the database had answered every one.
    /// </summary>
    private static async Task<(double[] Latencies, TimeSpan Elapsed, TimeSpan Published)> MeasureAsync(BenchDatabase database, List<BenchSubscriber> subscribers)
    {
        var arrivalsBefore = subscribers.Select(s => s.Arrivals).ToArray();
        var sentAt = new long[subscribers.Count];
        await database.NotifyAsync([.. subscribers.Select(s => s.Change)], sentAt);
        var allAnswered = Stopwatch.GetTimestamp();

        var delivered = await WaitUntilAsync(() => Enumerable.Range(0, subscribers.Count).All(i => subscribers[i].Arrivals > arrivalsBefore[i]), TimeSpan.FromSeconds(120));
        if (!delivered)
        {
            var missing = Enumerable.Range(0, subscribers.Count).Count(i => subscribers[i].Arrivals == arrivalsBefore[i]);
            throw new InvalidOperationException($"{missing} of {subscribers.Count} events were not delivered within 120 s.");
        }

        var latencies = Enumerable.Range(0, subscribers.Count).Select(i => Stopwatch.GetElapsedTime(sentAt[i], subscribers[i].LastArrival).TotalMilliseconds).Order().ToArray();
        return (latencies, Stopwatch.GetElapsedTime(sentAt.Min(), subscribers.Max(s => s.LastArrival)), Stopwatch.GetElapsedTime(sentAt.Min(), allAnswered));
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan patience)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(patience.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }

    /// <summary>One burst's figures: each subscriber's latency in milliseconds (sorted), the time from the first event sent to the last received, the time the benchmark took to send them, and the server's CPU time per event.</summary>
    private sealed record Burst(double[] Latencies, TimeSpan Elapsed, TimeSpan Published, TimeSpan CpuPerEvent)
    {
        public double P50 => Percentile(Latencies, 0.50);

        public double P99 => Percentile(Latencies, 0.99);

        public double EventsPerSecond => Latencies.Length / Elapsed.TotalSeconds;

        public string Describe(int number) => string.Create(
            CultureInfo.InvariantCulture,
            $"    burst {number}: p50 {P50:F1} ms, p99 {P99:F1} ms, all delivered within {Elapsed.TotalMilliseconds:F0} ms ({EventsPerSecond:F0} events/s), published within {Published.TotalMilliseconds:F0} ms, server CPU {CpuPerEvent.TotalMilliseconds:F2} ms per event");
    }

    private static void Report(BenchEvents events, int count, List<Burst> bursts, long memoryBefore, long memoryAfter, string load)
    {
        double Median(Func<Burst, double> measure)
        {
            var values = bursts.Select(measure).Order().ToArray();
            return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
        }

        var perSocket = (memoryAfter - memoryBefore) / (double)count;
        var lines = new[]
        {
            Invariant($"subscribers                 {count} on one server instance, one {(events == BenchEvents.Sessions ? "sessionUpdated" : "mentorshipRequestUpdated")} event each per burst"),
            Invariant($"bursts                      {bursts.Count}; the figures below are the medians over the bursts"),
            Invariant($"delivery latency p50        {Median(b => b.P50):F1} ms"),
            Invariant($"delivery latency p99        {Median(b => b.P99):F1} ms"),
            Invariant($"delivery latency max        {Median(b => b.Latencies[^1]):F1} ms"),
            Invariant($"all delivered within        {Median(b => b.Elapsed.TotalMilliseconds):F0} ms ({count / Median(b => b.Elapsed.TotalSeconds):F0} events/s), server CPU {Median(b => b.CpuPerEvent.TotalMilliseconds):F2} ms per event"),
            Invariant($"all published within        {Median(b => b.Published.TotalMilliseconds):F0} ms (the benchmark's NOTIFYs, sent and answered: {count / Median(b => b.Published.TotalSeconds):F0} per second)"),
            Invariant($"first burst alone           p99 {bursts[0].P99:F1} ms, {bursts[0].EventsPerSecond:F0} events/s, server CPU {bursts[0].CpuPerEvent.TotalMilliseconds:F2} ms per event (the first after the warm-up)"),
            Invariant($"server memory (RSS)         {Mebibytes(memoryBefore):F1} MiB before the sockets, {Mebibytes(memoryAfter):F1} MiB with them"),
            Invariant($"server memory per socket    {perSocket / 1024:F1} KiB"),
            Invariant($"machine                     {Machine.Describe()}; load average {load} (1 min) while measuring"),
        };
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static double Mebibytes(long bytes) => bytes / 1024.0 / 1024.0;

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static void Say(string text) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"==> {text}"));
}
