using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Auth.Credentials;
using Mentorship.GraphQL.Execution;
using Mentorship.GraphQL.Hosting;
using Mentorship.GraphQL.Observability;
using Mentorship.GraphQL.Realtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Benchmarks;

/// <summary>
/// The server time of the client's <c>AvailableSlots</c> operation over 31 days, for a mentor with 200 scheduled
/// sessions in that range: the server's own pipeline — parsing, validation, execution with its SQL, serialising
/// the answer — built as the server builds it and run in this process, one request after another, so the figures
/// leave out the network and the HTTP framing around it.
/// </summary>
internal static class SlotsBenchmark
{
    private const int WarmUpRequests = 100;

    private const string AvailableSlots = """
        query AvailableSlots($mentorId: ID!, $from: DateTime!, $to: DateTime!, $durationMinutes: Int) {
          availableSlots(mentorId: $mentorId, from: $from, to: $to, durationMinutes: $durationMinutes) { startsAt endsAt }
        }
        """;

    public static async Task<int> RunAsync(SlotsArguments arguments)
    {
        Say("Preparing a fresh database: a mentor in Europe/Berlin available 08:00–20:00 every day, 200 scheduled sessions over the next 31 days");
        await using var database = await BenchDatabase.CreateAsync(arguments.AdminConnectionString);
        var (mentorId, from) = await database.SeedBusyMentorAsync(sessions: 200, days: 31);

        var commands = new CommandCounter();
        await using var server = Server(database.ConnectionString, commands);
        var executor = new Executor(server.Services, new GraphQLRequest
        {
            Query = AvailableSlots,
            Variables = new Inputs(new Dictionary<string, object?>
            {
                ["mentorId"] = mentorId.ToString(),
                ["from"] = Iso(from),
                ["to"] = Iso(from.AddDays(31)),
                ["durationMinutes"] = 60,
            }),
        });

        Say($"Warming up ({WarmUpRequests} requests), then timing {arguments.Requests} requests one after another");
        var (slots, _) = await executor.RunAsync();
        for (var i = 1; i < WarmUpRequests; i++)
        {
            await executor.RunAsync();
        }

        var commandsBefore = commands.Count;
        var times = new double[arguments.Requests];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = (await executor.RunAsync()).Milliseconds;
        }

        Report(slots, (commands.Count - commandsBefore) / (double)times.Length, times, Machine.LoadAverage());
        return 0;
    }

    /// <summary>The server's services, registered exactly as <c>Program.cs</c> does, with SQL commands counted.</summary>
    private static WebApplication Server(string connectionString, CommandCounter commands)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Mentorship"] = connectionString,
            ["Jwt:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton<IInterceptor>(commands);
        builder.AddMentorshipData();
        builder.AddMentorshipAuth();
        builder.AddMentorshipGraphQL();
        builder.AddMentorshipRealtime();
        builder.AddMentorshipObservability();
        return builder.Build();
    }

    private static void Report(int slots, double commandsPerRequest, double[] times, string load)
    {
        Array.Sort(times);
        var lines = new[]
        {
            $"operation                   AvailableSlots, 31 days, 60-minute slots, a mentor with 200 scheduled sessions; {slots} slots in each answer",
            $"SQL statements per request  {commandsPerRequest:F1}",
            $"server time p50             {Percentile(times, 0.50):F2} ms",
            $"server time p99             {Percentile(times, 0.99):F2} ms",
            $"server time max             {times[^1]:F2} ms",
            $"requests timed              {times.Length}, one after another",
            $"machine                     {Machine.Describe()}; load average {load} (1 min) while measuring",
        };
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static void Say(string text) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"==> {text}"));

    /// <summary>Runs the request as the HTTP endpoint does for an anonymous caller: a scope of its own, execution, the JSON answer.</summary>
    private sealed class Executor(IServiceProvider services, GraphQLRequest request)
    {
        private readonly IGraphQLTextSerializer serializer = services.GetRequiredService<IGraphQLTextSerializer>();

        public async Task<(int Slots, double Milliseconds)> RunAsync()
        {
            var started = Stopwatch.GetTimestamp();
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<GraphQLExecutor>()
                .ExecuteAsync(request, Authentication.Anonymous, new RequestSource("bench", CredentialCheckGate.OneAtATime()), scope.ServiceProvider, CancellationToken.None);
            var json = serializer.Serialize(result);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (result.Errors is { Count: > 0 })
            {
                throw new InvalidOperationException($"The operation failed: {json}");
            }

            using var answer = JsonDocument.Parse(json);
            return (answer.RootElement.GetProperty("data").GetProperty("availableSlots").GetArrayLength(), elapsed);
        }
    }
}
