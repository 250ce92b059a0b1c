using System.Net.WebSockets;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>One read from the socket. <see cref="Data"/> stays valid only until the next read.</summary>
public readonly record struct IncomingMessage(IncomingMessageKind Kind, ReadOnlyMemory<byte> Data, WebSocketCloseStatus? CloseStatus);
