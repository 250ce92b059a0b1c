using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Mentorship.Tests.Infrastructure;

/// <summary>Keeps every log entry of a server, with its exception, for tests that assert what an operator would read.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> entries = new();

    public override string ToString() => string.Join('\n', entries);

    public ILogger CreateLogger(string categoryName) => new CapturedLogger(categoryName, entries.Enqueue);

    public void Dispose()
    {
    }
}
