using System.Buffers;
using System.Net.WebSockets;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// Reads whole messages from a socket, up to a size limit. The buffer grows for a large message and shrinks
/// back before the next one, so an idle connection holds only a small one.
/// </summary>
public sealed class IncomingMessageReader(WebSocket socket, int maxMessageBytes) : IDisposable
{
    private const int InitialBufferBytes = 4 * 1024;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);

    public async Task<IncomingMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        ShrinkBuffer();
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

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    private void GrowBuffer(int length)
    {
        // One byte past the limit is enough to tell that a message is too big.
        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxMessageBytes + 1));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }

    private void ShrinkBuffer()
    {
        if (buffer.Length > InitialBufferBytes)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
        }
    }
}
