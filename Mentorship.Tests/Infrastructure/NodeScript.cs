using System.Diagnostics;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// A Node.js script from the checkout's <c>e2e/</c> folder, run with the npm packages that
/// <c>./mentorship test</c> installs there. Reads its standard output line by line and writes to its
/// standard input; every wait is bounded, and disposing kills the script if it still runs.
/// </summary>
internal sealed class NodeScript : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly Task<string> standardError;

    private NodeScript(Process process)
    {
        this.process = process;
        standardError = process.StandardError.ReadToEndAsync();
    }

    public static NodeScript Start(string script, params string[] arguments) => Start([], script, arguments);

    /// <summary>
    /// Runs the script under Node's <c>development</c> export condition, as a web app's development build loads its
    /// packages: Apollo Client then reports cache problems with <c>console.warn</c>.
    /// </summary>
    public static NodeScript StartInDevelopment(string script, params string[] arguments) =>
        Start(["--conditions=development"], script, arguments);

    private static NodeScript Start(string[] nodeOptions, string script, string[] arguments)
    {
        var e2e = Path.Combine(RepositoryRoot.Path, "e2e");
        if (!Directory.Exists(Path.Combine(e2e, "node_modules")))
        {
            Assert.Fail("The end-to-end tests need e2e/node_modules: run ./mentorship test, which installs them (npm ci --prefix e2e).");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var option in nodeOptions)
        {
            start.ArgumentList.Add(option);
        }

        start.ArgumentList.Add(Path.Combine(e2e, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return new NodeScript(Process.Start(start)!);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("The end-to-end tests need Node.js (node on PATH): run ./mentorship test, which installs it.", exception);
        }
    }

    /// <summary>The script's next line of output; fails the test when the script ends first.</summary>
    public async Task<string> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            await process.WaitForExitAsync(timeout.Token);
            Assert.Fail($"The script ended (exit code {process.ExitCode}) before writing a line: {await standardError}");
        }

        return line;
    }

    /// <summary>All the script writes to standard output until it closes it, as when it ends.</summary>
    public async Task<string> ReadToEndAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await process.StandardOutput.ReadToEndAsync(timeout.Token);
    }

    public async Task WriteLineAsync(string line)
    {
        await process.StandardInput.WriteLineAsync(line);
        await process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for the script to end; returns its exit code and what it wrote to standard error.</summary>
    public async Task<(int ExitCode, string Error)> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await standardError);
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
}
