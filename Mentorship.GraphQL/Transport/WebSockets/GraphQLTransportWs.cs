namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>The names the graphql-transport-ws protocol gives its subprotocol and message types.</summary>
public static class GraphQLTransportWs
{
    public const string SubProtocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}
