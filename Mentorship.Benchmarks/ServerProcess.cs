using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Mentorship.Benchmarks;

/// <summary>The built server in a process of its own, as it runs in production, so its memory can be read apart from the clients'.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    // USER_HZ, which Linux fixes at 100 for /proc on every common architecture.
    private const int ClockTicksPerSecond = 100;
    private readonly Process process;

    private ServerProcess(Process process, Uri graphQLUri)
    {
        this.process = process;
        GraphQLUri = graphQLUri;
    }

    public Uri GraphQLUri { get; }

    public Uri SocketUri => new UriBuilder(GraphQLUri) { Scheme = "ws" }.Uri;

    /// <param name="shippedLogging">
    /// Keep the logging levels of the shipped <c>appsettings.json</c> (the one line per operation at Information) instead of
    /// quietening the server to warnings.
    /// </param>
    public static async Task<ServerProcess> StartAsync(string serverAssembly, string connectionString, string signingKey, TimeSpan tokenLifetime, bool shippedLogging = false)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(serverAssembly))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.GetFullPath(serverAssembly));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Mentorship"] = connectionString;
        start.Environment["Jwt__SigningKey"] = signingKey;
        start.Environment["Jwt__AccessTokenLifetime"] = tokenLifetime.ToString("c", CultureInfo.InvariantCulture);
        start.Environment["Admin__Email"] = "bench-admin@bench.invalid";
        start.Environment["Admin__Password"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18));
        if (!shippedLogging)
        {
            start.Environment["Logging__LogLevel__Default"] = "Warning";
        }

        var process = Process.Start(start)!;
        // Drained, and dropped, so the server never blocks on a full pipe; the benchmark prints only its own figures.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var errors = process.StandardError.ReadToEndAsync();

        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/graphql"));
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited ({process.ExitCode}): {await errors}");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"));
                if (ready.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                await server.DisposeAsync();
                throw new TimeoutException("The server did not become ready within 60 s.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The server's resident memory (<c>VmRSS</c>), in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes * 1024;
    }

    /// <summary>The CPU time the server has used so far (user and system).</summary>
    public TimeSpan CpuTime()
    {
        // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks, counted after the parenthesised name.
        var fields = File.ReadAllText($"/proc/{process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    /// <summary>
    /// Waits until the server has used less than a tenth of a core over a second — the background compilation
    /// and collection that follow a burst of new work are over — or 30 s have passed.
    /// </summary>
    public async Task SettleAsync()
    {
        for (var second = 0; second < 30; second++)
        {
            var before = CpuTime();
            await Task.Delay(TimeSpan.FromSeconds(1));
            if (CpuTime() - before < TimeSpan.FromMilliseconds(100))
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
