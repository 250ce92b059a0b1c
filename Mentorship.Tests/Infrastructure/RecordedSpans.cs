using System.Collections;
using System.Diagnostics;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// The spans a server's OpenTelemetry tracer exported, through the SDK's in-memory exporter. Listeners are process-wide,
/// so spans of servers that other test classes run in parallel arrive here too: find yours by a name only your test uses.
/// </summary>
public sealed class RecordedSpans
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SpanCollection spans = new();

    /// <summary>What the in-memory exporter adds to.</summary>
    internal ICollection<Activity> Exported => spans;

    /// <summary>Waits for the first exported span that matches <paramref name="match"/>.</summary>
    public async Task<Activity> WaitForAsync(Func<Activity, bool> match, string description)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (Snapshot().FirstOrDefault(match) is { } span)
            {
                return span;
            }

            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"No span {description} was exported within {Patience.TotalSeconds} s.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The exported spans whose parent is <paramref name="parent"/>.</summary>
    public IReadOnlyList<Activity> ChildrenOf(Activity parent) =>
        [.. Snapshot().Where(span => span.TraceId == parent.TraceId && span.ParentSpanId == parent.SpanId)];

    public IReadOnlyList<Activity> Snapshot() => spans.Snapshot();

    /// <summary>A list the exporter may add to from several threads at once.</summary>
    private sealed class SpanCollection : ICollection<Activity>
    {
        private readonly List<Activity> items = [];

        public int Count => Snapshot().Count;

        public bool IsReadOnly => false;

        public IReadOnlyList<Activity> Snapshot()
        {
            lock (items)
            {
                return [.. items];
            }
        }

        public void Add(Activity item)
        {
            lock (items)
            {
                items.Add(item);
            }
        }

        public void Clear()
        {
            lock (items)
            {
                items.Clear();
            }
        }

        public bool Contains(Activity item) => Snapshot().Contains(item);

        public void CopyTo(Activity[] array, int arrayIndex) => Snapshot().ToList().CopyTo(array, arrayIndex);

        public bool Remove(Activity item)
        {
            lock (items)
            {
                return items.Remove(item);
            }
        }

        public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
