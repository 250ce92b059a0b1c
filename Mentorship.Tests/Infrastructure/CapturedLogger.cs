using Microsoft.Extensions.Logging;

namespace Mentorship.Tests.Infrastructure;

/// <summary>One category's logger of <see cref="CapturedLogs"/>: writes each entry as a line of text.</summary>
internal sealed class CapturedLogger(string category, Action<string> write) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        write($"{logLevel} {category}: {formatter(state, exception)} {exception}");
}
