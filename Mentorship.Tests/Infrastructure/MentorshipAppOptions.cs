using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// How a test's <see cref="MentorshipApp"/> differs from the default server. Each method adds one thing, and
/// the app exposes what it added: <see cref="MentorshipApp.Clock"/>, <see cref="MentorshipApp.GraphQLUri"/>,
/// <see cref="MentorshipApp.ProbeLog"/>, <see cref="MentorshipApp.Sql"/>, <see cref="MentorshipApp.Logs"/>,
/// <see cref="MentorshipApp.Spans"/>, <see cref="MentorshipApp.Metrics"/>, <see cref="MentorshipApp.SecondInstance"/>.
/// </summary>
public sealed class MentorshipAppOptions
{
    private readonly Dictionary<string, string?> settings = [];
    private readonly List<Action<IServiceCollection>> services = [];

    internal IReadOnlyDictionary<string, string?> Settings => settings;

    internal IReadOnlyList<Action<IServiceCollection>> Services => services;

    internal string Environment { get; private set; } = "Testing";

    internal bool FakeClock { get; private set; }

    internal bool Kestrel { get; private set; }

    internal bool ProbeFields { get; private set; }

    internal bool SqlCounting { get; private set; }

    internal bool LogCapture { get; private set; }

    internal bool SpanRecording { get; private set; }

    internal bool MetricRecording { get; private set; }

    internal bool RestartableDatabase { get; private set; }

    internal bool SecondInstance { get; private set; }

    /// <summary>The database named by <see cref="OnDatabase"/>, or null for a fresh one the app owns.</summary>
    internal string? DatabaseConnectionString { get; private set; }

    /// <summary>A configuration value (<c>GraphQL:MaxBatchSize</c>, say) over the test defaults; null removes a default.</summary>
    public MentorshipAppOptions WithSetting(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    public MentorshipAppOptions WithSettings(IEnumerable<KeyValuePair<string, string?>> values)
    {
        foreach (var (key, value) in values)
        {
            settings[key] = value;
        }

        return this;
    }

    /// <summary>The hosting environment instead of <c>Testing</c>, such as <c>Development</c>.</summary>
    public MentorshipAppOptions UseEnvironment(string name)
    {
        Environment = name;
        return this;
    }

    /// <summary>A clock the test moves by hand (<see cref="MentorshipApp.Clock"/>), for lifetimes and lockouts.</summary>
    public MentorshipAppOptions UseFakeClock()
    {
        FakeClock = true;
        return this;
    }

    /// <summary>
    /// The server behind Kestrel on a free port (<see cref="MentorshipApp.GraphQLUri"/>), for clients in other
    /// processes and for the framework's own WebSocket client, which is stricter than the in-memory test server's.
    /// </summary>
    public MentorshipAppOptions UseKestrel()
    {
        Kestrel = true;
        return this;
    }

    /// <summary>The test-only probe fields, plugged in as <c>IQueryFields</c>, <c>IMutationFields</c> and <c>ISubscriptionFields</c>.</summary>
    public MentorshipAppOptions WithProbeFields()
    {
        ProbeFields = true;
        return this;
    }

    /// <summary>Every SQL command the server sends counted (<see cref="MentorshipApp.Sql"/>), to bound what a query costs.</summary>
    public MentorshipAppOptions CountSqlCommands()
    {
        SqlCounting = true;
        return this;
    }

    /// <summary>Every log entry kept (<see cref="MentorshipApp.Logs"/>), for tests that assert what an operator would read.</summary>
    public MentorshipAppOptions CaptureLogs()
    {
        LogCapture = true;
        return this;
    }

    /// <summary>An OpenTelemetry tracer with the in-memory exporter (<see cref="MentorshipApp.Spans"/>), on the server's own tracing set-up.</summary>
    public MentorshipAppOptions RecordSpans()
    {
        SpanRecording = true;
        return this;
    }

    /// <summary>What the server's own meter records (<see cref="MentorshipApp.Metrics"/>), from start-up on.</summary>
    public MentorshipAppOptions RecordMetrics()
    {
        MetricRecording = true;
        return this;
    }

    /// <summary>Services added after the server's own, so they win: the low-level hook for whatever the options above do not cover.</summary>
    public MentorshipAppOptions WithServices(Action<IServiceCollection> configure)
    {
        services.Add(configure);
        return this;
    }

    /// <summary>
    /// A database the test looks after instead of a fresh migrated copy: another app's, one that is not migrated,
    /// or one that cannot be reached. The app neither creates nor drops it.
    /// </summary>
    public MentorshipAppOptions OnDatabase(string connectionString)
    {
        DatabaseConnectionString = connectionString;
        return this;
    }

    /// <summary>
    /// A PostgreSQL cluster of the app's own, which the test stops and starts again
    /// (<see cref="MentorshipApp.StopDatabaseAsync"/>).
    /// </summary>
    public MentorshipAppOptions UseRestartableDatabase()
    {
        RestartableDatabase = true;
        return this;
    }

    /// <summary>
    /// Another instance with the same options on the same database, as behind a load balancer
    /// (<see cref="MentorshipApp.SecondInstance"/>); it starts after this one and stops before it.
    /// </summary>
    public MentorshipAppOptions WithSecondInstance()
    {
        SecondInstance = true;
        return this;
    }

    /// <summary>These options for another instance on <paramref name="connectionString"/>, which the first instance owns.</summary>
    internal MentorshipAppOptions ForSecondInstance(string connectionString)
    {
        var copy = (MentorshipAppOptions)MemberwiseClone();
        copy.SecondInstance = false;
        copy.RestartableDatabase = false;
        copy.DatabaseConnectionString = connectionString;
        return copy;
    }
}
