using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Mentorship.Tests.Infrastructure;

/// <summary>Keeps every log entry of a server, with its exception, for tests that assert what an operator would read.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> entries = new();
    private readonly ConcurrentQueue<string> renderings = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries => [.. entries];

    /// <summary>
    /// Everything any log sink could receive, one entry a line: the message, each structured value, the scopes around the
    /// entry and its exception.
    /// </summary>
    public string Everything => string.Join('\n', renderings);

    public override string ToString() =>
        string.Join('\n', entries.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Add<TState>(string category, LogLevel level, TState state, Exception? exception, string message)
    {
        entries.Enqueue((category, level, message, exception));
        var rendering = new StringBuilder($"{level} {category}: {message}");
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var (key, value) in values)
            {
                rendering.Append(CultureInfo.InvariantCulture, $" | {key}={value}");
            }
        }

        scopes.ForEachScope((scope, text) =>
        {
            text.Append(CultureInfo.InvariantCulture, $" | scope {scope}");
            if (scope is IEnumerable<KeyValuePair<string, object?>> scopeValues)
            {
                foreach (var (key, value) in scopeValues)
                {
                    text.Append(CultureInfo.InvariantCulture, $" {key}={value}");
                }
            }
        }, rendering);
        rendering.Append(' ').Append(exception);
        renderings.Enqueue(rendering.ToString());
    }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logs.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Add(category, logLevel, state, exception, formatter(state, exception));
    }
}
