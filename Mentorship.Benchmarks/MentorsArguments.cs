using System.Globalization;

namespace Mentorship.Benchmarks;

/// <summary>
/// What the <c>mentorship</c> script passes to the mentors benchmark: the built server, a superuser connection to the
/// cluster, how many alternating rounds of how many seconds each, and an optional soak of that many seconds.
/// </summary>
internal sealed record MentorsArguments(string ServerAssembly, string AdminConnectionString, int Rounds, int Seconds, int Connections, int SoakSeconds)
{
    public const int DefaultRounds = 3;
    public const int DefaultSeconds = 10;
    public const int DefaultConnections = 32;

    public static MentorsArguments Parse(IReadOnlyList<string> args)
    {
        string? server = null, database = null;
        int rounds = DefaultRounds, seconds = DefaultSeconds, connections = DefaultConnections, soak = 0;
        for (var i = 0; i < args.Count; i += 2)
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
                case "--rounds":
                    rounds = OptionValue.Positive(args[i], value, 100);
                    break;
                case "--seconds":
                    seconds = OptionValue.Positive(args[i], value, 3600);
                    break;
                case "--connections":
                    connections = OptionValue.Positive(args[i], value, 1000);
                    break;
                case "--soak":
                    soak = OptionValue.Positive(args[i], value, 24 * 3600);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return new MentorsArguments(
            server ?? throw new ArgumentException("--server is required."),
            database ?? throw new ArgumentException("--database is required."),
            rounds,
            seconds,
            connections,
            soak);
    }
}
