using System.Net.WebSockets;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>Exceptions a socket throws when its peer has gone or the socket was aborted: an end, not a fault.</summary>
internal static class WebSocketFailures
{
    public static bool IsDisconnect(Exception exception) =>
        exception is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException;
}
