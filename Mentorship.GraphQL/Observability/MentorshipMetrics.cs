using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Mentorship.GraphQL.Observability;

/// <summary>
/// The server's own metrics, on the meter <see cref="MentorshipTelemetry.MeterName"/>: what a person watching one
/// instance wants to see. Names follow OpenTelemetry's conventions; Prometheus shows them with <c>_</c> for <c>.</c>,
/// counters ending in <c>_total</c> and the duration in <c>_seconds</c>.
/// </summary>
public sealed class MentorshipMetrics
{
    /// <summary>Bucket bounds of the operation duration, in seconds: 5 ms to the default execution timeout.</summary>
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private readonly Counter<long> operations;
    private readonly Histogram<double> operationDuration;
    private readonly UpDownCounter<long> openWebSockets;
    private readonly UpDownCounter<long> activeSubscriptions;
    private readonly Counter<long> eventsDelivered;
    private readonly Counter<long> listenerReconnects;
    private readonly Counter<long> signInFailures;
    private readonly Counter<long> signInsThrottled;

    public MentorshipMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MentorshipTelemetry.MeterName);
        operations = meter.CreateCounter<long>("mentorship.graphql.operations", "{operation}",
            "GraphQL operations answered, by name, type and outcome.");
        operationDuration = meter.CreateHistogram("mentorship.graphql.operation.duration", "s",
            "How long GraphQL operations took, from the request to its answer (for a subscription: until it was set up).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        openWebSockets = meter.CreateUpDownCounter<long>("mentorship.websocket.connections", "{connection}",
            "GraphQL WebSockets open now.");
        activeSubscriptions = meter.CreateUpDownCounter<long>("mentorship.graphql.subscriptions.active", "{subscription}",
            "GraphQL subscriptions running now on this instance's sockets.");
        eventsDelivered = meter.CreateCounter<long>("mentorship.graphql.subscription.events_delivered", "{event}",
            "Subscription events sent to clients (next messages).");
        listenerReconnects = meter.CreateCounter<long>("mentorship.realtime.listener.reconnects", "{reconnect}",
            "Times the realtime event listener lost its database connection and set out to reconnect.");
        signInFailures = meter.CreateCounter<long>("mentorship.identity.sign_in.failures", "{attempt}",
            "Password sign-ins refused: wrong email or password, or a deactivated account.");
        signInsThrottled = meter.CreateCounter<long>("mentorship.identity.sign_in.throttled", "{attempt}",
            "Password sign-ins refused unchecked because the account had too many recent failures.");
    }

    /// <summary>Counts an answered operation and records its duration; <paramref name="tags"/> are name, type, outcome and error type.</summary>
    public void OperationEnded(in TagList tags, TimeSpan duration)
    {
        operations.Add(1, tags);
        operationDuration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>Counts an open socket until the returned handle is disposed.</summary>
    public IDisposable WebSocketOpened() => new Gauge(openWebSockets);

    /// <summary>Counts a running subscription until the returned handle is disposed.</summary>
    public IDisposable SubscriptionStarted() => new Gauge(activeSubscriptions);

    public void SubscriptionEventDelivered() => eventsDelivered.Add(1);

    public void ListenerReconnecting() => listenerReconnects.Add(1);

    /// <param name="reason"><c>invalid_credentials</c> or <c>account_deactivated</c>.</param>
    public void SignInFailed(string reason) =>
        signInFailures.Add(1, new KeyValuePair<string, object?>(MentorshipTelemetry.Tags.SignInFailure, reason));

    public void SignInThrottled() => signInsThrottled.Add(1);

    /// <summary>One unit of an up-down counter, given back once however often it is disposed.</summary>
    private sealed class Gauge : IDisposable
    {
        private readonly UpDownCounter<long> counter;
        private int disposed;

        public Gauge(UpDownCounter<long> counter)
        {
            this.counter = counter;
            counter.Add(1);
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                counter.Add(-1);
            }
        }
    }
}
