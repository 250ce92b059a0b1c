using System.Globalization;

namespace Mentorship.Benchmarks;

/// <summary>
/// What the <c>mentorship</c> script passes: the built server, a superuser connection to the cluster, how many
/// subscribers, which live update they subscribe to, and how many bursts of one event per subscriber are measured.
/// </summary>
internal sealed record BenchmarkArguments(string ServerAssembly, string AdminConnectionString, int Subscribers, BenchEvents Events, int Bursts)
{
    public const int DefaultSubscribers = 1000;
    public const int DefaultBursts = 10;

    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        string? server = null, database = null;
        var subscribers = DefaultSubscribers;
        var events = BenchEvents.Requests;
        var bursts = DefaultBursts;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--server":
                    server = value;
                    break;
                case "--database":
                    database = value;
                    break;
                case "--subscribers":
                    subscribers = OptionValue.Positive(args[i], value);
                    break;
                case "--bursts":
                    bursts = OptionValue.Positive(args[i], value, 1000);
                    break;
                case "--events":
                    events = value switch
                    {
                        "requests" => BenchEvents.Requests,
                        "sessions" => BenchEvents.Sessions,
                        _ => throw new ArgumentException("--events takes requests or sessions."),
                    };
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }

            i++;
        }

        return new BenchmarkArguments(
            server ?? throw new ArgumentException("--server is required."),
            database ?? throw new ArgumentException("--database is required."),
            subscribers,
            events,
            bursts);
    }
}
