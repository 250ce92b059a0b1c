using System.Net.WebSockets;
using Microsoft.Extensions.Primitives;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>The log messages of GraphQL over WebSocket.</summary>
internal static partial class WebSocketLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket operation {OperationId} failed; closing the socket")]
    public static partial void OperationFailed(ILogger logger, Exception exception, string operationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket connection failed; closing the socket")]
    public static partial void ConnectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL WebSocket closed by the server: {Status} {Reason}")]
    public static partial void ClosedByServer(ILogger logger, WebSocketCloseStatus status, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL WebSocket refused: the client offered subprotocols {Offered}")]
    public static partial void SubprotocolRefused(ILogger logger, StringValues offered);
}
