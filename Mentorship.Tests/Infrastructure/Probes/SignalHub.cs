using System.Collections.Concurrent;

namespace Mentorship.Tests.Infrastructure.Probes;

/// <summary>Named event streams that tests drive by hand, one per test, behind the <c>probeSignals</c> subscription.</summary>
public sealed class SignalHub
{
    private readonly ConcurrentDictionary<string, SignalChannel> channels = new();

    public SignalChannel Channel(string name) => channels.GetOrAdd(name, _ => new SignalChannel());
}
