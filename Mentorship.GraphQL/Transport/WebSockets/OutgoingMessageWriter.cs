using System.Net.WebSockets;
using System.Threading.Channels;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// The one writer of a socket. Messages from any thread go into a bounded queue that a single loop sends in
/// order, so frames never interleave. Closing pre-empts the queue: the close frame follows the message in
/// flight, and if the client does not answer it in time the socket is dropped.
/// </summary>
public sealed class OutgoingMessageWriter : IDisposable
{
    private readonly WebSocket socket;
    private readonly Channel<ReadOnlyMemory<byte>> queue;
    private readonly TimeSpan closeHandshakeTimeout;
    private readonly TimeProvider clock;
    private readonly CancellationTokenSource closing = new();
    private ConnectionClose? close;
    private ITimer? abortTimer;

    public OutgoingMessageWriter(WebSocket socket, int capacity, TimeSpan closeHandshakeTimeout, TimeProvider clock)
    {
        this.socket = socket;
        this.closeHandshakeTimeout = closeHandshakeTimeout;
        this.clock = clock;
        queue = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The close the server has decided on; null while the connection is open.</summary>
    public ConnectionClose? CloseRequested => Volatile.Read(ref close);

    /// <summary>Cancelled, on another thread, once a close is requested.</summary>
    public CancellationToken Closing => closing.Token;

    /// <summary>Queues a message; false once closing. A full queue means the client stopped reading: it is closed.</summary>
    public bool TryEnqueue(ReadOnlyMemory<byte> message)
    {
        if (CloseRequested is not null)
        {
            return false;
        }

        if (queue.Writer.TryWrite(message))
        {
            return true;
        }

        Close(ConnectionClose.ClientTooSlow);
        return false;
    }

    /// <summary>Ends the connection with <paramref name="reason"/>; the first close asked for wins.</summary>
    public void Close(ConnectionClose reason)
    {
        if (Interlocked.CompareExchange(ref close, reason, null) is not null)
        {
            return;
        }

        queue.Writer.TryComplete();
        _ = closing.CancelAsync();
        abortTimer = clock.CreateTimer(_ => socket.Abort(), null, closeHandshakeTimeout, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Sends queued messages until a close is requested, then the close frame.</summary>
    public async Task RunAsync()
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync())
            {
                while (CloseRequested is null && queue.Reader.TryRead(out var message))
                {
                    await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                }

                if (CloseRequested is not null)
                {
                    break;
                }
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(close!.Status, close.Reason, CancellationToken.None);
            }
        }
        catch (Exception exception) when (WebSocketFailures.IsDisconnect(exception))
        {
            // The peer is gone; unblock the reader too, since nothing will arrive any more.
            socket.Abort();
        }
    }

    public void Dispose()
    {
        abortTimer?.Dispose();
        closing.Dispose();
    }
}
