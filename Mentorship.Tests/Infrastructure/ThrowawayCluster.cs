using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of the test run's own, made from the installed server binaries (as the <c>postgres</c>
/// system user when run as root) on a free port, and removed when the run ends. It can be stopped and started
/// again on the same port, to test what happens to the server while its database is away.
/// </summary>
internal sealed class ThrowawayCluster
{
    private const string DirectoryPrefix = "mentorship-test-pg-";
    private static readonly Lazy<Task> AbandonedRemoved = new(RemoveAbandonedAsync);
    private readonly string bin;
    private readonly string directory;
    private readonly bool asRoot;
    private readonly int port;

    private ThrowawayCluster(string bin, string directory, bool asRoot, int port)
    {
        this.bin = bin;
        this.directory = directory;
        this.asRoot = asRoot;
        this.port = port;
    }

    /// <summary>A superuser connection to the maintenance database.</summary>
    public string AdminConnectionString => $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";

    private static bool IsRoot => Environment.UserName == "root";

    private string Data => Path.Combine(directory, "data");

    public static async Task<ThrowawayCluster> CreateAndStartAsync()
    {
        await AbandonedRemoved.Value;
        var bin = FindServerBinaries();
        var directory = Path.Combine(Path.GetTempPath(), $"{DirectoryPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var asRoot = IsRoot;
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", directory]);
        }

        var cluster = new ThrowawayCluster(bin, directory, asRoot, FreePort());
        await cluster.RunServerToolAsync("initdb", ["-D", cluster.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
        await cluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                cluster.RunServerToolAsync("pg_ctl", ["-D", cluster.Data, "-m", "immediate", "stop"]).GetAwaiter().GetResult();
            }
            catch (InvalidOperationException)
            {
                // A test stopped it already.
            }

            Directory.Delete(directory, recursive: true);
        };
        return cluster;
    }

    public Task StartAsync() => RunServerToolAsync("pg_ctl",
    [
        "-D", Data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
        "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
        "start",
    ]);

    /// <summary>Stops the cluster as an operator's restart does: sessions are ended, clients see their connections drop.</summary>
    public Task StopAsync() => RunServerToolAsync("pg_ctl", ["-D", Data, "-m", "fast", "-w", "stop"]);

    /// <summary>
    /// Clusters of test runs that ended without their exit handler (a test host that was killed) would
    /// otherwise pile up in the temp folder, and may still be running.
    /// </summary>
    private static async Task RemoveAbandonedAsync()
    {
        var bin = FindServerBinaries();
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), DirectoryPrefix + "*"))
        {
            var owner = Path.GetFileName(directory)[DirectoryPrefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, out var pid) || IsRunning(pid))
            {
                continue;
            }

            var abandoned = new ThrowawayCluster(bin, directory, IsRoot, port: 0);
            if (File.Exists(Path.Combine(abandoned.Data, "postmaster.pid")))
            {
                try
                {
                    await abandoned.RunServerToolAsync("pg_ctl", ["-D", abandoned.Data, "-m", "immediate", "stop"]);
                }
                catch (InvalidOperationException)
                {
                    // Already stopped: its pid file outlived it.
                }
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string FindServerBinaries()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(v => Path.Combine(v, "bin"))
                : []);
        return candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "The tests need PostgreSQL's server binaries (initdb, pg_ctl): install them (apt-get install postgresql), " +
                "run ./mentorship test, or set MENTORSHIP_TEST_CONNECTION to a superuser connection string " +
                "(the database restart tests still need the binaries).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunServerToolAsync(string tool, string[] arguments)
    {
        var path = Path.Combine(bin, tool);
        return asRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
