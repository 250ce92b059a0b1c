using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentorship.GraphQL.Auth;
using Microsoft.Extensions.Options;

namespace Mentorship.Benchmarks;

/// <summary>
/// Throughput and latency over HTTP with <c>wrk</c>, side by side with a bare Kestrel + Npgsql endpoint giving the same
/// JSON: the client's <c>Mentors</c> operation (anonymous), <c>MyMentorshipRequests</c> (signed in) and
/// <c>AvailableSlots</c> over 31 days, in alternating rounds, on a fixed data set of 2 000 mentors. The server runs as
/// built in Release, in Production, with its shipped <c>appsettings.json</c> (the operation log line included). Optionally
/// a soak: the <c>Mentors</c> operation at half the measured capacity, reading the server's memory as it goes.
/// </summary>
internal static class MentorsBenchmark
{
    private const int Mentors = 2000;
    private const int WarmUpSeconds = 5;
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(26);

    private const string MentorsOperation = """
        query Mentors($first: Int, $after: String, $where: MentorFilterInput, $order: MentorOrder) {
          mentors(first: $first, after: $after, where: $where, order: $order) {
            totalCount
            pageInfo { ...PageInfoFields }
            edges { cursor node { ...MentorCard } }
          }
        }
        fragment PageInfoFields on PageInfo { hasNextPage endCursor }
        fragment MentorCard on User {
          id role profile { displayName bio skills timeZone } rating { average count }
        }
        """;

    private const string MyRequestsOperation = """
        query MyMentorshipRequests($direction: RequestDirection!, $status: MentorshipRequestStatus, $first: Int, $after: String) {
          myMentorshipRequests(direction: $direction, status: $status, first: $first, after: $after) {
            totalCount
            pageInfo { ...PageInfoFields }
            nodes { ...RequestFields }
          }
        }
        fragment PageInfoFields on PageInfo { hasNextPage endCursor }
        fragment RequestFields on MentorshipRequest {
          id status message createdAt respondedAt
          mentor { id profile { displayName } }
          mentee { id profile { displayName } }
        }
        """;

    private const string SlotsOperation = """
        query AvailableSlots($mentorId: ID!, $from: DateTime!, $to: DateTime!, $durationMinutes: Int) {
          availableSlots(mentorId: $mentorId, from: $from, to: $to, durationMinutes: $durationMinutes) { startsAt endsAt }
        }
        """;

    public static async Task<int> RunAsync(MentorsArguments arguments)
    {
        Say($"Preparing a fresh database: {Mentors} active mentors (plus inactive ones and mentees), a mentee with 40 requests, a mentor with 200 sessions");
        await using var database = await BenchDatabase.CreateAsync(arguments.AdminConnectionString);
        var mentee = await database.SeedDiscoveryAsync(Mentors, requests: 40);
        var (busyMentorId, from) = await database.SeedBusyMentorAsync(sessions: 200, days: 31);
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var tokens = new AccessTokenService(Options.Create(new JwtOptions { SigningKey = signingKey, AccessTokenLifetime = TokenLifetime }), TimeProvider.System);
        var menteeToken = tokens.Issue(mentee).Value;

        Say("Starting the server (Release build, Production, its appsettings.json in force) and the bare endpoint");
        await using var server = await ServerProcess.StartAsync(arguments.ServerAssembly, database.ConnectionString, signingKey, TokenLifetime, shippedLogging: true);
        await using var bare = await BareDiscoveryEndpoint.StartAsync(database.ConnectionString);

        var mentorsBody = Body(MentorsOperation, "Mentors", new { first = 20, order = "RATING" });
        Target[] targets =
        [
            new("bare Kestrel + Npgsql", bare.Uri, mentorsBody, null),
            new("mentors (anonymous)", server.GraphQLUri, mentorsBody, null),
            new("myMentorshipRequests (signed in)", server.GraphQLUri, Body(MyRequestsOperation, "MyMentorshipRequests", new { direction = "SENT", first = 20 }), menteeToken),
            new("availableSlots (31 days)", server.GraphQLUri, Body(SlotsOperation, "AvailableSlots", new
            {
                mentorId = busyMentorId.ToString(),
                from = Iso(from),
                to = Iso(from.AddDays(31)),
                durationMinutes = 60,
            }), null),
        ];

        await CheckAnswersAsync(targets);
        var connections = arguments.Connections;
        foreach (var target in targets)
        {
            Say($"Warming up {target.Name} ({WarmUpSeconds} s)");
            Check(target, await Wrk.RunAsync(target.Uri, target.Body, target.BearerToken, connections, TimeSpan.FromSeconds(WarmUpSeconds)));
        }

        var results = targets.ToDictionary(t => t, _ => new List<WrkResult>());
        var cpuPerRequest = targets.ToDictionary(t => t, _ => new List<double>());
        for (var round = 1; round <= arguments.Rounds; round++)
        {
            // Alternating the order spreads the machine's other load over every target alike.
            foreach (var target in round % 2 == 1 ? targets : targets.Reverse())
            {
                Say($"Round {round}/{arguments.Rounds}: {target.Name}, {connections} connections, {arguments.Seconds} s");
                // CPU time per request varies far less with the machine's load than requests per second do.
                Func<TimeSpan> cpu = target == targets[0] ? BenchProcessCpuTime : server.CpuTime;
                var cpuBefore = cpu();
                var result = Check(target, await Wrk.RunAsync(target.Uri, target.Body, target.BearerToken, connections, TimeSpan.FromSeconds(arguments.Seconds)));
                cpuPerRequest[target].Add((cpu() - cpuBefore).TotalMilliseconds / Math.Max(1, result.Requests));
                results[target].Add(result);
            }
        }

        var load = Machine.LoadAverage();
        Report(arguments, results, cpuPerRequest, targets, load);

        if (arguments.SoakSeconds > 0)
        {
            var capacity = Median(results[targets[1]].Select(r => r.RequestsPerSecond));
            return await SoakAsync(server, targets[1], capacity / 2, TimeSpan.FromSeconds(arguments.SoakSeconds));
        }

        return 0;
    }

    /// <summary>
    /// One request per target before any load: the answer must be 200 with data and no errors, and the bare endpoint's
    /// JSON must be the server's, value for value.
    /// </summary>
    private static async Task CheckAnswersAsync(IReadOnlyList<Target> targets)
    {
        using var http = new HttpClient();
        var answers = new List<JsonNode?>();
        foreach (var target in targets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target.Uri) { Content = new StringContent(target.Body, Encoding.UTF8, "application/json") };
            request.Headers.Accept.ParseAdd(Wrk.AcceptHeader);
            if (target.BearerToken is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", target.BearerToken);
            }

            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var json = JsonNode.Parse(text);
            if (response.StatusCode != System.Net.HttpStatusCode.OK || json?["errors"] is not null || json?["data"] is null)
            {
                throw new InvalidOperationException($"{target.Name} answered {(int)response.StatusCode}: {text}");
            }

            answers.Add(json);
        }

        if (!JsonNode.DeepEquals(answers[0], answers[1]))
        {
            throw new InvalidOperationException($"The bare endpoint's answer differs from the server's:\n{answers[0]?.ToJsonString()}\n{answers[1]?.ToJsonString()}");
        }

        Say($"Answers checked: 200 without errors; the bare endpoint's JSON equals the server's ({Encoding.UTF8.GetByteCount(answers[1]!.ToJsonString())} bytes)");
    }

    private static async Task<int> SoakAsync(ServerProcess server, Target target, double rate, TimeSpan duration)
    {
        // A pause before each request of each of a few connections holds the rate near the target.
        const int connections = 8;
        var delay = TimeSpan.FromMilliseconds(Math.Max(0, (connections * 1000.0 / rate) - 1));
        Say(string.Create(CultureInfo.InvariantCulture, $"Soak: {target.Name} at about {rate:F0} req/s (half the measured capacity) for {duration.TotalSeconds:F0} s; memory read every 10 s"));
        var run = Wrk.RunAsync(target.Uri, target.Body, target.BearerToken, connections, duration, delay);
        var samples = new List<(double Seconds, long Bytes)>();
        var started = DateTime.UtcNow;
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));
            if (!run.IsCompleted)
            {
                samples.Add(((DateTime.UtcNow - started).TotalSeconds, server.ResidentBytes()));
            }
        }

        var result = await run;
        // The first minute warms the pools and caches up; from then on the working set should hold still.
        var settled = samples.FirstOrDefault(s => s.Seconds >= 60, samples[0]);
        var last = samples[^1];
        var change = (last.Bytes - settled.Bytes) / (double)settled.Bytes;
        var stable = Math.Abs(change) <= 0.10 && result.Failures == 0;
        string[] lines =
        [
            "",
            string.Create(CultureInfo.InvariantCulture, $"soak                        {duration.TotalSeconds:F0} s of {target.Name}, {connections} connections"),
            string.Create(CultureInfo.InvariantCulture, $"rate                        {result.RequestsPerSecond:F0} req/s (target {rate:F0}), p50 {result.P50Milliseconds:F1} ms, p99 {result.P99Milliseconds:F1} ms"),
            string.Create(CultureInfo.InvariantCulture, $"requests / failures         {result.Requests} / {result.Failures}"),
            string.Create(CultureInfo.InvariantCulture, $"working set (RSS)           {Mib(settled.Bytes)} at {settled.Seconds:F0} s, {Mib(last.Bytes)} at {last.Seconds:F0} s ({change:+0.0%;-0.0%}), highest {Mib(samples.Max(s => s.Bytes))}"),
            $"soak target (±10 %, no errors) {(stable ? "met" : "MISSED")}",
        ];
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        return stable ? 0 : 1;
    }

    /// <summary>The benchmark process's own CPU time: the bare endpoint's, with this process's little bookkeeping.</summary>
    private static TimeSpan BenchProcessCpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static void Report(MentorsArguments arguments, Dictionary<Target, List<WrkResult>> results, Dictionary<Target, List<double>> cpuPerRequest, Target[] targets, string load)
    {
        var lines = new List<string>
        {
            "",
            string.Create(CultureInfo.InvariantCulture, $"{arguments.Rounds} rounds of {arguments.Seconds} s per target, wrk -t1 -c{arguments.Connections}, medians over the rounds"),
            string.Create(CultureInfo.InvariantCulture, $"{"target",-34} {"req/s",8} {"p50 ms",8} {"p99 ms",8}  {"failures",8}  {"CPU ms/req",10}  rounds (req/s)"),
        };
        foreach (var target in targets)
        {
            var runs = results[target];
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name,-34} {Median(runs.Select(r => r.RequestsPerSecond)),8:F0} {Median(runs.Select(r => r.P50Milliseconds)),8:F1} {Median(runs.Select(r => r.P99Milliseconds)),8:F1}  {runs.Sum(r => r.Failures),8}  {Median(cpuPerRequest[target]),10:F3}  {string.Join(" / ", runs.Select(r => r.RequestsPerSecond.ToString("F0", CultureInfo.InvariantCulture)))}"));
        }

        // Each round's ratio is taken within the round, so both sides saw the same load on the machine.
        var ratios = results[targets[1]].Zip(results[targets[0]], (server, bare) => server.RequestsPerSecond / bare.RequestsPerSecond).ToList();
        var ratio = Median(ratios);
        var mentorsP99 = Median(results[targets[1]].Select(r => r.P99Milliseconds));
        var signedIn = Median(results[targets[2]].Select(r => r.RequestsPerSecond)) / Median(results[targets[1]].Select(r => r.RequestsPerSecond));
        lines.Add("");
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"mentors / bare              {ratio:F2}× (rounds: {string.Join(" / ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))}); target ≥ 0.50×: {(ratio >= 0.5 ? "met" : "MISSED")}"));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"mentors p99                 {mentorsP99:F1} ms; target ≤ 25 ms: {(mentorsP99 <= 25 ? "met" : "MISSED")}"));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"signed in / anonymous       {signedIn:F2}×; target ≥ 0.75× (within 25 %): {(signedIn >= 0.75 ? "met" : "MISSED")}"));
        lines.Add("CPU ms/req: the server process's CPU time (user and system) per answered request; for the bare endpoint, the benchmark process's");
        lines.Add($"machine                     {Machine.Describe()}; load average {load} (1 min) at the end");
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }

    private static WrkResult Check(Target target, WrkResult result) =>
        result.Failures == 0
            ? result
            : throw new InvalidOperationException($"{target.Name}: {result.Failures} of {result.Requests} answers were not 200 without errors; first: {result.FailureSample}");

    private static string Body(string query, string operationName, object variables) =>
        JsonSerializer.Serialize(new { query, operationName, variables });

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F0} MiB");

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static void Say(string text) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"==> {text}"));

    private sealed record Target(string Name, Uri Uri, string Body, string? BearerToken);
}
