using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Mentorship.GraphQL.Realtime;

namespace Mentorship.Benchmarks;

/// <summary>
/// One mentee's socket, subscribed to <c>mentorshipRequestUpdated</c> or <c>sessionUpdated</c> with the client's own
/// operation; notes when each event arrives.
/// </summary>
internal sealed class BenchSubscriber : IAsyncDisposable
{
    /// <summary>The client's <c>OnMentorshipRequestUpdated</c>, with its fragment.</summary>
    public const string RequestSubscription = """
        subscription OnMentorshipRequestUpdated { mentorshipRequestUpdated { ...RequestFields } }
        fragment RequestFields on MentorshipRequest {
          id status message createdAt respondedAt
          mentor { id profile { displayName } }
          mentee { id profile { displayName } }
        }
        """;

    /// <summary>The client's <c>OnSessionUpdated</c>, with its fragment.</summary>
    public const string SessionSubscription = """
        subscription OnSessionUpdated { sessionUpdated { ...SessionFields } }
        fragment SessionFields on Session {
          id startsAt endsAt status agenda cancelledAt cancellationReason
          mentor { id profile { displayName } }
          mentee { id profile { displayName } }
          feedback { id rating comment }
        }
        """;

    private readonly ClientWebSocket socket = new();
    private readonly CancellationTokenSource stop = new();
    private Task receiving = Task.CompletedTask;
    private long arrivals;
    private long lastArrival;

    private BenchSubscriber(RealtimeEvent change) => Change = change;

    /// <summary>The event, about the subscriber's own request or session, that the benchmark publishes for it.</summary>
    public RealtimeEvent Change { get; }

    public long Arrivals => Interlocked.Read(ref arrivals);

    /// <summary>The <see cref="Stopwatch"/> timestamp of the latest event.</summary>
    public long LastArrival => Interlocked.Read(ref lastArrival);

    /// <summary>Why the socket stopped receiving, when it did.</summary>
    public string? Failure { get; private set; }

    public static async Task<BenchSubscriber> ConnectAsync(Uri socketUri, string accessToken, string subscription, RealtimeEvent change)
    {
        var subscriber = new BenchSubscriber(change);
        subscriber.socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await subscriber.socket.ConnectAsync(socketUri, timeout.Token);
        await subscriber.SendAsync(new { type = "connection_init", payload = new { authToken = accessToken } }, timeout.Token);
        using var ack = await subscriber.ReceiveAsync(timeout.Token);
        if (ack?.RootElement.GetProperty("type").GetString() != "connection_ack")
        {
            throw new InvalidOperationException($"Expected connection_ack, got {ack?.RootElement.GetRawText() ?? "a close"}.");
        }

        await subscriber.SendAsync(new { id = "updates", type = "subscribe", payload = new { query = subscription } }, timeout.Token);
        subscriber.receiving = Task.Run(subscriber.ReceiveEventsAsync);
        return subscriber;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await receiving;
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        socket.Abort();
        socket.Dispose();
        stop.Dispose();
    }

    private async Task ReceiveEventsAsync()
    {
        try
        {
            while (await ReceiveAsync(stop.Token) is { } message)
            {
                using (message)
                {
                    switch (message.RootElement.GetProperty("type").GetString())
                    {
                        case "next" when !message.RootElement.GetProperty("payload").TryGetProperty("errors", out _):
                            Interlocked.Exchange(ref lastArrival, Stopwatch.GetTimestamp());
                            Interlocked.Increment(ref arrivals);
                            break;
                        case "ping":
                            await SendAsync(new { type = "pong" }, stop.Token);
                            break;
                        default:
                            Failure = message.RootElement.GetRawText();
                            return;
                    }
                }
            }

            Failure = $"closed by the server: {socket.CloseStatus} {socket.CloseStatusDescription}";
        }
        catch (Exception exception) when (exception is WebSocketException or JsonException)
        {
            Failure = exception.Message;
        }
    }

    private Task SendAsync(object message, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>The next whole message, or null when the server closes the socket.</summary>
    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }
}
