using System.Globalization;

namespace Mentorship.Benchmarks;

/// <summary>The machine the figures were taken on, as the README quotes them.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kilobytes = long.Parse(memory["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} CPUs ({cpu}), {kilobytes / 1024.0 / 1024.0:F1} GiB memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
    }

    /// <summary>The one-minute load average: client, server and PostgreSQL share the machine, and so may other work.</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
