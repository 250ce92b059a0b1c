using System.Net.WebSockets;
using System.Text;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// A close frame the server sends: its status code and reason. The 44xx codes are graphql-transport-ws's;
/// graphql-ws clients reconnect after 4403 and 4408 (and 1001, 1013) and give up after the others.
/// </summary>
public sealed record ConnectionClose(WebSocketCloseStatus Status, string Reason)
{
    /// <summary>A close frame carries at most 125 bytes, two of them the status code.</summary>
    private const int MaxReasonBytes = 123;

    public static ConnectionClose NormalClosure { get; } = new(WebSocketCloseStatus.NormalClosure, string.Empty);

    public static ConnectionClose Unauthorized { get; } = new((WebSocketCloseStatus)4401, "Unauthorized");

    public static ConnectionClose Forbidden { get; } = new((WebSocketCloseStatus)4403, "Forbidden");

    public static ConnectionClose SubprotocolNotAcceptable { get; } = new((WebSocketCloseStatus)4406, "Subprotocol not acceptable");

    public static ConnectionClose ConnectionInitialisationTimeout { get; } = new((WebSocketCloseStatus)4408, "Connection initialisation timeout");

    public static ConnectionClose TooManyInitialisationRequests { get; } = new((WebSocketCloseStatus)4429, "Too many initialisation requests");

    public static ConnectionClose InternalServerError { get; } = new((WebSocketCloseStatus)4500, "Internal server error");

    public static ConnectionClose MessageTooBig { get; } = new(WebSocketCloseStatus.MessageTooBig, "Message too big");

    /// <summary>1013 Try Again Later: the client let too many messages pile up unread.</summary>
    public static ConnectionClose ClientTooSlow { get; } = new((WebSocketCloseStatus)1013, "Try again later: messages were not read");

    public static ConnectionClose ServerShuttingDown { get; } = new(WebSocketCloseStatus.EndpointUnavailable, "Server shutting down");

    /// <summary>The message broke the protocol; the reason says how.</summary>
    public static ConnectionClose BadRequest(string reason) => new((WebSocketCloseStatus)4400, Fit(reason));

    public static ConnectionClose SubscriberAlreadyExists(string id) =>
        new((WebSocketCloseStatus)4409, Fit($"Subscriber for {id} already exists"));

    /// <summary>The answer to a client's close frame, echoing its status code as RFC 6455 suggests.</summary>
    public static ConnectionClose AnswerTo(WebSocketCloseStatus? clientStatus) =>
        clientStatus is null or WebSocketCloseStatus.Empty ? NormalClosure : new(clientStatus.Value, string.Empty);

    private static string Fit(string reason)
    {
        while (Encoding.UTF8.GetByteCount(reason) > MaxReasonBytes)
        {
            // Drop whole characters, never half of a surrogate pair.
            reason = reason[..^(char.IsLowSurrogate(reason[^1]) ? 2 : 1)];
        }

        return reason;
    }
}
