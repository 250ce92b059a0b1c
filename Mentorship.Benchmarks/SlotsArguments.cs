using System.Globalization;

namespace Mentorship.Benchmarks;

/// <summary>What the <c>mentorship</c> script passes to the slots benchmark: a superuser connection to the cluster, and how many requests to time.</summary>
internal sealed record SlotsArguments(string AdminConnectionString, int Requests)
{
    public const int DefaultRequests = 1000;

    public static SlotsArguments Parse(IReadOnlyList<string> args)
    {
        string? database = null;
        var requests = DefaultRequests;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--database":
                    database = value;
                    break;
                case "--requests":
                    requests = OptionValue.Positive(args[i], value);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return new SlotsArguments(database ?? throw new ArgumentException("--database is required."), requests);
    }
}
