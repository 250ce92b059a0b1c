using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Mentorship.GraphQL.Observability;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// Every measurement one server's <see cref="MentorshipTelemetry.MeterName"/> meter records, from the moment it started:
/// its meter comes from the server's own <see cref="IMeterFactory"/>, so servers running in parallel never mix in.
/// </summary>
public sealed class RecordedMetrics : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ConcurrentQueue<Measurement> measurements = new();
    private readonly MeterListener listener = new();

    public RecordedMetrics(IMeterFactory server)
    {
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == MentorshipTelemetry.MeterName && ReferenceEquals(instrument.Meter.Scope, server))
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    public IReadOnlyList<Measurement> All => [.. measurements];

    /// <summary>The measurements of <paramref name="instrument"/> whose tags include every one of <paramref name="tags"/>.</summary>
    public IReadOnlyList<Measurement> Of(string instrument, params (string Key, object? Value)[] tags) =>
        [.. measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value)))];

    /// <summary>The sum of <paramref name="instrument"/>'s values with those tags: a counter's count, an up-down counter's level.</summary>
    public double Sum(string instrument, params (string Key, object? Value)[] tags) => Of(instrument, tags).Sum(m => m.Value);

    /// <summary>Waits until <see cref="Sum"/> of <paramref name="instrument"/> is <paramref name="expected"/>.</summary>
    public async Task WaitForSumAsync(string instrument, double expected, params (string Key, object? Value)[] tags)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (Sum(instrument, tags) != expected)
        {
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"{instrument} stayed at {Sum(instrument, tags)}, not {expected}, for {Patience.TotalSeconds} s.");
            }

            await Task.Delay(20);
        }
    }

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, tagValue) in tags)
        {
            copy[key] = tagValue;
        }

        measurements.Enqueue(new Measurement(instrument.Name, value, copy));
    }

    /// <summary>One recorded value with its tags.</summary>
    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
