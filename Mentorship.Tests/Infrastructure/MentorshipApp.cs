using System.Diagnostics.Metrics;
using System.Globalization;
using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Hosting;
using Mentorship.Tests.Infrastructure.Probes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OpenTelemetry.Trace;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// The real server on its own fresh database, and the one test host: what a test needs beyond the default it asks
/// for through <see cref="MentorshipAppOptions"/>. One per test class (<c>IClassFixture&lt;MentorshipApp&gt;</c>,
/// or <see cref="AppFor{TTests}"/> with options), or one per test (<see cref="StartAsync"/>).
/// Hands out GraphQL clients that are anonymous or signed in with real tokens.
/// </summary>
public sealed class MentorshipApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@mentorship.test";
    public const string AdminPassword = "admin-password-for-tests";
    public const string UserPassword = "correct horse battery";
    public const string SigningKey = "test-signing-key-that-is-long-enough-for-hs256";

    /// <summary>The lowest work factor the server accepts, so tests spend as little time hashing as allowed.</summary>
    public const int PasswordWorkFactor = 11;

    private static readonly Lazy<string> UserPasswordHash = new(() => BCrypt.Net.BCrypt.HashPassword(UserPassword, PasswordWorkFactor));
    private readonly MentorshipAppOptions options;
    private readonly FakeTimeProvider? clock;
    private readonly SqlCommandCounter? sql;
    private readonly CapturedLogs? logs;
    private readonly RecordedSpans? spans;
    private RecordedMetrics? metrics;
    private ThrowawayCluster? cluster;
    private MentorshipApp? secondInstance;
    private Uri? address;
    private string? connectionString;
    private int userCounter;
    private bool disposed;

    /// <summary>The default server; xunit makes class fixtures through this constructor.</summary>
    public MentorshipApp()
        : this(new MentorshipAppOptions())
    {
    }

    /// <summary>A server with options, started by <see cref="InitializeAsync"/>.</summary>
    internal MentorshipApp(Action<MentorshipAppOptions> configure)
        : this(Configured(configure))
    {
    }

    private MentorshipApp(MentorshipAppOptions options)
    {
        this.options = options;
        clock = options.FakeClock ? new FakeTimeProvider(DateTimeOffset.UtcNow) : null;
        sql = options.SqlCounting ? new SqlCommandCounter() : null;
        logs = options.LogCapture ? new CapturedLogs() : null;
        spans = options.SpanRecording ? new RecordedSpans() : null;
        connectionString = options.DatabaseConnectionString;
    }

    public string ConnectionString => connectionString ?? throw new InvalidOperationException("The app has no database before InitializeAsync.");

    /// <summary>The server's clock, which only the test moves (<see cref="MentorshipAppOptions.UseFakeClock"/>).</summary>
    public FakeTimeProvider Clock => clock ?? throw NotAskedFor(nameof(MentorshipAppOptions.UseFakeClock));

    /// <summary>The SQL commands the server sent (<see cref="MentorshipAppOptions.CountSqlCommands"/>).</summary>
    public SqlCommandCounter Sql => sql ?? throw NotAskedFor(nameof(MentorshipAppOptions.CountSqlCommands));

    /// <summary>The server's log (<see cref="MentorshipAppOptions.CaptureLogs"/>).</summary>
    public CapturedLogs Logs => logs ?? throw NotAskedFor(nameof(MentorshipAppOptions.CaptureLogs));

    /// <summary>The spans the server exported (<see cref="MentorshipAppOptions.RecordSpans"/>).</summary>
    public RecordedSpans Spans => spans ?? throw NotAskedFor(nameof(MentorshipAppOptions.RecordSpans));

    /// <summary>What the server's meter recorded (<see cref="MentorshipAppOptions.RecordMetrics"/>).</summary>
    public RecordedMetrics Metrics => metrics ?? throw NotAskedFor(nameof(MentorshipAppOptions.RecordMetrics));

    /// <summary>What the probe fields did (<see cref="MentorshipAppOptions.WithProbeFields"/>).</summary>
    public ProbeLog ProbeLog => ProbeService<ProbeLog>();

    /// <summary>The streams behind the <c>probeSignals</c> subscription (<see cref="MentorshipAppOptions.WithProbeFields"/>).</summary>
    public SignalHub Signals => ProbeService<SignalHub>();

    /// <summary>The GraphQL endpoint on Kestrel, such as <c>http://127.0.0.1:41234/graphql</c> (<see cref="MentorshipAppOptions.UseKestrel"/>).</summary>
    public Uri GraphQLUri => new UriBuilder(KestrelAddress) { Path = "/graphql" }.Uri;

    /// <summary>The GraphQL socket on Kestrel, such as <c>ws://127.0.0.1:41234/graphql</c> (<see cref="MentorshipAppOptions.UseKestrel"/>).</summary>
    public Uri GraphQLSocketUri => new UriBuilder(KestrelAddress) { Scheme = "ws", Path = "/graphql" }.Uri;

    /// <summary>The other instance on this app's database (<see cref="MentorshipAppOptions.WithSecondInstance"/>).</summary>
    public MentorshipApp SecondInstance => secondInstance ?? throw NotAskedFor(nameof(MentorshipAppOptions.WithSecondInstance));

    private Uri KestrelAddress => address ?? throw NotAskedFor(nameof(MentorshipAppOptions.UseKestrel));

    private ThrowawayCluster Cluster => cluster ?? throw NotAskedFor(nameof(MentorshipAppOptions.UseRestartableDatabase));

    /// <summary>A server with options, started; the test disposes it (<c>await using</c>).</summary>
    public static async Task<MentorshipApp> StartAsync(Action<MentorshipAppOptions> configure)
    {
        var app = new MentorshipApp(configure);
        try
        {
            await app.InitializeAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Makes the database, unless the test named one, and starts the server (and its second instance).</summary>
    public async Task InitializeAsync()
    {
        if (options.RestartableDatabase)
        {
            cluster = await ThrowawayCluster.CreateAndStartAsync();
            connectionString = await MigratedDatabaseOnAsync(cluster);
        }
        else if (options.DatabaseConnectionString is null)
        {
            connectionString = await TestDatabases.CreateAsync();
        }

        if (options.Kestrel)
        {
            UseKestrel(0);
        }

        StartServer();
        if (options.MetricRecording)
        {
            metrics = new RecordedMetrics(Services.GetRequiredService<IMeterFactory>());
        }

        if (options.Kestrel)
        {
            address = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        }

        if (options.SecondInstance)
        {
            secondInstance = new MentorshipApp(options.ForSecondInstance(ConnectionString));
            await secondInstance.InitializeAsync();
        }
    }

    /// <summary>Stops the server, then drops the database it made (a database the test named is left alone).</summary>
    public override async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (secondInstance is not null)
        {
            await secondInstance.DisposeAsync();
        }

        await base.DisposeAsync();
        metrics?.Dispose();
        if (cluster is not null)
        {
            await cluster.StopAsync();
        }
        else if (options.DatabaseConnectionString is null && connectionString is not null)
        {
            await TestDatabases.DropAsync(connectionString);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Stops the database cluster: every session ends, as in a database restart or failover (<see cref="MentorshipAppOptions.UseRestartableDatabase"/>).</summary>
    public Task StopDatabaseAsync() => Cluster.StopAsync();

    /// <summary>Starts the stopped cluster again on the same port.</summary>
    public async Task StartDatabaseAsync()
    {
        await Cluster.StartAsync();
        // The pools' connections died with the old server; the server's next queries get new ones. The server's pool is
        // keyed by its connection string with its Npgsql defaults, the test's own by the plain one.
        foreach (var pooled in new[] { ConnectionString, DataServiceCollectionExtensions.WithServerDefaults(ConnectionString) })
        {
            using var connection = new NpgsqlConnection(pooled);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    public GraphQLClient Anonymous() => new(CreateClient(), accessToken: null);

    public GraphQLClient WithToken(string accessToken) => new(CreateClient(), accessToken);

    public Task<TestUser> MenteeAsync(string? displayName = null) => CreateUserAsync(Role.Mentee, displayName);

    public Task<TestUser> MentorAsync(string? displayName = null) => CreateUserAsync(Role.Mentor, displayName);

    public Task<TestUser> AdminAsync(string? displayName = null) => CreateUserAsync(Role.Admin, displayName);

    public async Task<GraphQLClient> AsMenteeAsync() => (await MenteeAsync()).Client;

    public async Task<GraphQLClient> AsMentorAsync() => (await MentorAsync()).Client;

    public async Task<GraphQLClient> AsAdminAsync() => (await AdminAsync()).Client;

    /// <summary>A user written straight to the database (password <see cref="UserPassword"/>), with a real access token.</summary>
    public async Task<TestUser> CreateUserAsync(Role role, string? displayName = null, string? email = null)
    {
        var number = Interlocked.Increment(ref userCounter);
        email ??= $"{role.ToString().ToLowerInvariant()}{number}@example.com";
        var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            NormalizedEmail = email.ToLowerInvariant(),
            PasswordHash = UserPasswordHash.Value,
            Role = role,
            CreatedAt = now,
            SecurityStamp = Guid.NewGuid(),
            Profile = new Profile { DisplayName = displayName ?? $"{role} {number}", UpdatedAt = now },
        };
        await WithDbAsync(async db =>
        {
            db.Users.Add(user);
            await db.SaveChangesAsync();
        });
        var token = Services.GetRequiredService<AccessTokenService>().Issue(user);
        return new TestUser(user.Id, email, role, token.Value, WithToken(token.Value));
    }

    /// <summary>Runs <paramref name="work"/> on a DbContext of its own, to arrange or inspect rows directly.</summary>
    public async Task WithDbAsync(Func<MentorshipDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<MentorshipDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<MentorshipDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MentorshipDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(options.Environment);
        builder.UseSetting("ConnectionStrings:Mentorship", ConnectionString);
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Passwords:WorkFactor", PasswordWorkFactor.ToString(CultureInfo.InvariantCulture));

        // Tests explore the schema as developers do, and sign in and up far more often than a person; the defaults
        // outside Development (introspection off, a few sign-ins per minute per address) have tests of their own.
        var defaults = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["GraphQL:EnableIntrospection"] = "true",
            ["RateLimits:SignIn:PermitLimit"] = "1000000",
            ["RateLimits:SignUp:PermitLimit"] = "1000000",
        };
        foreach (var (key, value) in defaults.Where(d => !options.Settings.ContainsKey(d.Key)))
        {
            builder.UseSetting(key, value);
        }

        // A null value removes a setting: one of the defaults above is then simply left out (the server's own
        // default holds), any other is set to null over what the host set (a missing signing key, say).
        foreach (var (key, value) in options.Settings.Where(s => s.Value is not null || !defaults.ContainsKey(s.Key)))
        {
            builder.UseSetting(key, value);
        }

        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }

        builder.ConfigureTestServices(services =>
        {
            if (clock is not null)
            {
                services.AddSingleton<TimeProvider>(clock);
            }

            if (sql is not null)
            {
                services.AddSingleton<IInterceptor>(sql);
            }

            if (options.ProbeFields)
            {
                services.AddProbeFields();
            }

            if (spans is not null)
            {
                services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(spans.Exported));
            }

            foreach (var configure in options.Services)
            {
                configure(services);
            }
        });
    }

    private static MentorshipAppOptions Configured(Action<MentorshipAppOptions> configure)
    {
        var options = new MentorshipAppOptions();
        configure(options);
        return options;
    }

    private static async Task<string> MigratedDatabaseOnAsync(ThrowawayCluster cluster)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(cluster.AdminConnectionString) { Database = "mentorship" }.ConnectionString;
        var dbOptions = new DbContextOptionsBuilder<MentorshipDbContext>().UseMentorshipDatabase(connectionString).Options;
        await using var db = new MentorshipDbContext(dbOptions);
        await db.Database.MigrateAsync();
        return connectionString;
    }

    private static InvalidOperationException NotAskedFor(string option) =>
        new($"This app was not asked for that: configure it with {nameof(MentorshipAppOptions)}.{option}().");

    private T ProbeService<T>()
        where T : notnull =>
        options.ProbeFields ? Services.GetRequiredService<T>() : throw NotAskedFor(nameof(MentorshipAppOptions.WithProbeFields));
}
