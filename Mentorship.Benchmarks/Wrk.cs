using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mentorship.Benchmarks;

/// <summary>What one <c>wrk</c> run measured; <see cref="Failures"/> counts answers that were not 200 or held <c>errors</c>.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Requests, long Failures, string? FailureSample);

/// <summary>
/// Runs the <c>wrk</c> HTTP load generator (one thread, as the figures in the README) with a POST of one GraphQL request.
/// Its script checks every answer: a status other than 200, or a body holding <c>"errors"</c>, counts as a failure.
/// </summary>
internal static partial class Wrk
{
    public const string AcceptHeader = "application/graphql-response+json, application/json;q=0.9";

    /// <param name="requestDelay">A pause before each request of each connection, to hold a rate below capacity (the soak).</param>
    public static async Task<WrkResult> RunAsync(Uri uri, string requestBody, string? bearerToken, int connections, TimeSpan duration, TimeSpan? requestDelay = null)
    {
        var script = Path.Combine(Path.GetTempPath(), $"mentorship-bench-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Script(requestBody, bearerToken, requestDelay));
        try
        {
            var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[]
            {
                "-t1", $"-c{connections}", string.Create(CultureInfo.InvariantCulture, $"-d{(int)Math.Ceiling(duration.TotalSeconds)}s"),
                "--timeout", "5s", "-s", script, uri.ToString(),
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
            var output = wrk.StandardOutput.ReadToEndAsync();
            var errors = wrk.StandardError.ReadToEndAsync();
            await wrk.WaitForExitAsync();
            var text = await output;
            if (wrk.ExitCode != 0)
            {
                throw new InvalidOperationException($"wrk failed ({wrk.ExitCode}): {await errors}{text}");
            }

            return Parse(text);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static WrkResult Parse(string output)
    {
        double Number(Regex pattern) =>
            pattern.Match(output) is { Success: true } match
                ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new InvalidOperationException($"Unexpected wrk output: {output}");

        // Socket errors (refused, reset, timed out) are failures too: their requests got no answer to check.
        var socketErrors = SocketErrors().Match(output) is { Success: true } errors
            ? errors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        var sample = FailureSampleLine().Match(output) is { Success: true } line ? line.Groups[1].Value : null;
        return new WrkResult(
            Number(RequestsPerSecond()),
            Number(P50()) / 1000,
            Number(P99()) / 1000,
            (long)Number(Requests()),
            (long)Number(Failures()) + socketErrors,
            sample);
    }

    private static string Script(string body, string? bearerToken, TimeSpan? requestDelay)
    {
        var lua = new StringBuilder();
        lua.AppendLine("wrk.method = \"POST\"");
        lua.AppendLine(CultureInfo.InvariantCulture, $"wrk.body = {LuaString(body)}");
        lua.AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"");
        lua.AppendLine(CultureInfo.InvariantCulture, $"wrk.headers[\"Accept\"] = {LuaString(AcceptHeader)}");
        if (bearerToken is not null)
        {
            lua.AppendLine(CultureInfo.InvariantCulture, $"wrk.headers[\"Authorization\"] = {LuaString("Bearer " + bearerToken)}");
        }

        if (requestDelay is { } delay)
        {
            lua.AppendLine(CultureInfo.InvariantCulture, $"function delay() return {(int)delay.TotalMilliseconds} end");
        }

        lua.Append("""
            local threads = {}
            function setup(thread) table.insert(threads, thread) end
            function init(args) failures = 0; answered = 0; sample = "" end
            function response(status, headers, body)
              answered = answered + 1
              if status ~= 200 or string.find(body, '"errors"', 1, true) then
                failures = failures + 1
                if sample == "" then sample = status .. " " .. string.sub(body, 1, 300) end
              end
            end
            function done(summary, latency, requests)
              local failed, first = 0, ""
              for _, thread in ipairs(threads) do
                failed = failed + thread:get("failures")
                if first == "" then first = thread:get("sample") end
              end
              io.write(string.format("bench-requests %d\nbench-failures %d\nbench-p50-us %d\nbench-p99-us %d\n",
                summary.requests, failed, latency:percentile(50), latency:percentile(99)))
              if first ~= "" then io.write("bench-failure-sample " .. string.gsub(first, "\n", " ") .. "\n") end
            end

            """);
        return lua.ToString();
    }

    /// <summary>A Lua string literal.</summary>
    private static string LuaString(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"bench-p50-us (\d+)")]
    private static partial Regex P50();

    [GeneratedRegex(@"bench-p99-us (\d+)")]
    private static partial Regex P99();

    [GeneratedRegex(@"bench-requests (\d+)")]
    private static partial Regex Requests();

    [GeneratedRegex(@"bench-failures (\d+)")]
    private static partial Regex Failures();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"bench-failure-sample (.*)")]
    private static partial Regex FailureSampleLine();
}
