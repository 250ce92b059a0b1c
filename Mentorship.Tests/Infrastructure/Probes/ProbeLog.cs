using System.Collections.Concurrent;

namespace Mentorship.Tests.Infrastructure.Probes;

/// <summary>What the probe fields did, so a test can tell whether (and in which order) an operation ran.</summary>
public sealed class ProbeLog
{
    private readonly ConcurrentQueue<string> entries = new();

    public IReadOnlyList<string> Entries => [.. entries];

    public void Add(string entry) => entries.Enqueue(entry);
}
