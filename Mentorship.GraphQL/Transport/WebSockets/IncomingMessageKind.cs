namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>What <see cref="IncomingMessageReader"/> read from the socket.</summary>
public enum IncomingMessageKind
{
    /// <summary>A whole text or binary message.</summary>
    Message,

    /// <summary>The client's close frame.</summary>
    Close,

    /// <summary>A message over the size limit; its bytes were not kept.</summary>
    TooBig,
}
