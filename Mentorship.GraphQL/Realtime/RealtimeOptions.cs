namespace Mentorship.GraphQL.Realtime;

/// <summary>Settings of the event listener, bound from the <c>Realtime</c> configuration section.</summary>
public sealed class RealtimeOptions
{
    public const string Section = "Realtime";

    /// <summary>The wait before the first attempt to reconnect; each failed attempt doubles it, up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts to reconnect.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the listening connection may stay silent before the listener checks it with a query, so a
    /// connection that died without a word (a dropped network path) is noticed and replaced.
    /// </summary>
    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The most events delivered as one batch, whose subjects are loaded with one query per kind. Events that arrive
    /// while a batch is being delivered form the next one, so a burst costs a query per batch, not per event.
    /// </summary>
    public int MaxBatchSize { get; set; } = 256;
}
