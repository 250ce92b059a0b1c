namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>A client message that breaks the protocol; the socket closes with 4400 and this message as the reason.</summary>
public sealed class InvalidMessageException(string message) : Exception(message);
