using System.Buffers;
using System.Net.WebSockets;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// Reads whole messages from a socket, up to a size limit. While it waits for a message it holds no buffer (a
/// zero-byte receive waits for the data); one is rented from the shared pool when a message arrives, grows for a large
/// message, and goes back to the pool before the next wait, so an idle connection costs no buffer at all.
/// </summary>
public sealed class IncomingMessageReader(WebSocket socket, int maxMessageBytes) : IDisposable
{
    private const int InitialBufferBytes = 4 * 1024;

    private byte[]? buffer;

    /// <summary>The next message; its data stays valid until the next call.</summary>
    public async Task<IncomingMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        ReturnBuffer();
        var arrived = await socket.ReceiveAsync(Memory<byte>.Empty, cancellationToken);
        if (arrived.MessageType == WebSocketMessageType.Close)
        {
            return new IncomingMessage(IncomingMessageKind.Close, default, socket.CloseStatus);
        }

        if (arrived.EndOfMessage)
        {
            return new IncomingMessage(IncomingMessageKind.Message, ReadOnlyMemory<byte>.Empty, null);
        }

        buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                GrowBuffer(length);
            }

            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new IncomingMessage(IncomingMessageKind.Close, default, socket.CloseStatus);
            }

            length += result.Count;
            if (length > maxMessageBytes)
            {
                return new IncomingMessage(IncomingMessageKind.TooBig, default, null);
            }

            if (result.EndOfMessage)
            {
                return new IncomingMessage(IncomingMessageKind.Message, buffer.AsMemory(0, length), null);
            }
        }
    }

    public void Dispose() => ReturnBuffer();

    private void GrowBuffer(int length)
    {
        // One byte past the limit is enough to tell that a message is too big.
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer!.Length * 2, maxMessageBytes + 1));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }

    private void ReturnBuffer()
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
