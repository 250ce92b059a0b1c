using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// The built server in a process of its own, as operators run it, on a fresh database and a free port: for what only a
/// real process shows (its console output, its answer to SIGTERM). Every wait is bounded; disposing kills the process if
/// it still runs and drops the database.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly ConcurrentQueue<string> errors = new();

    private ServerProcess(Process process, Uri address, string connectionString)
    {
        this.process = process;
        Address = address;
        ConnectionString = connectionString;
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(errors, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public Uri GraphQLSocketUri => new UriBuilder(Address) { Scheme = "ws", Path = "/graphql" }.Uri;

    public string ConnectionString { get; }

    /// <summary>What the server wrote to standard output so far, a line each.</summary>
    public IReadOnlyList<string> Output => [.. output];

    /// <summary>What the server wrote to standard error so far.</summary>
    public string Errors => string.Join('\n', errors);

    /// <summary>
    /// Starts <c>Mentorship.GraphQL.dll</c> from the tests' own output folder in Production, with the test signing key and
    /// admin, <paramref name="settings"/> as environment variables, and waits until <c>/health/ready</c> answers 200.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var connectionString = await TestDatabases.CreateAsync();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Mentorship.GraphQL.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Mentorship"] = connectionString;
        start.Environment["Jwt__SigningKey"] = MentorshipApp.SigningKey;
        start.Environment["Admin__Email"] = MentorshipApp.AdminEmail;
        start.Environment["Admin__Password"] = MentorshipApp.AdminPassword;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var server = new ServerProcess(Process.Start(start)!, address, connectionString);
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = Patience };

    /// <summary>Waits for a line of standard output that matches; returns it.</summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> match, string description)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (output.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (timeout.IsCancellationRequested || process.HasExited)
            {
                Assert.Fail($"The server wrote no line {description}. Output:\n{string.Join('\n', output)}\nErrors:\n{Errors}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Sends SIGTERM, as an orchestrator stopping the container does.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        await TestDatabases.DropAsync(ConnectionString);
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            try
            {
                using var ready = await client.GetAsync("/health/ready", timeout.Token);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (timeout.IsCancellationRequested || process.HasExited)
            {
                Assert.Fail($"The server did not become ready. Output:\n{string.Join('\n', output)}\nErrors:\n{Errors}");
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
