namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>Settings of GraphQL over WebSocket, bound from the <c>GraphQL:WebSocket</c> configuration section.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "GraphQL:WebSocket";

    /// <summary>Where sockets are accepted; plain HTTP requests to the same path go on to the HTTP transport.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>How long a new socket may wait before sending <c>connection_init</c>; then it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest message a client may send, in bytes; a larger one closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 128 * 1024;

    /// <summary>
    /// How many messages may wait for a client that does not read them; past that the socket is closed with
    /// 1013, so a slow client cannot make the server hold an unbounded backlog.
    /// </summary>
    public int MaxQueuedMessages { get; set; } = 1000;

    /// <summary>
    /// How often the server sends a <c>ping</c> message on an acknowledged connection, so proxies do not drop
    /// idle sockets. Zero turns the pings off.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How often a signed-in socket checks that its user is still active, with the same sign-in stamp and role;
    /// when not (deactivated, signed out everywhere, role changed) the socket is closed with 4403. Zero turns it off.
    /// A backstop only: each new operation checks the user too, and a renewed stamp closes the socket at once.
    /// </summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many operations one socket may hold at once — subscriptions until they end, queries and mutations until
    /// answered, waiting ones included. A <c>subscribe</c> beyond it is answered with an <c>error</c> message coded
    /// <c>TOO_MANY_REQUESTS</c>; the socket and its other operations carry on.
    /// </summary>
    public int MaxOperations { get; set; } = 100;

    /// <summary>
    /// How many of a socket's operations execute at once (each holds a database connection while it does); the others
    /// wait their turn. A subscription counts while it starts, not while it waits for events.
    /// </summary>
    public int MaxConcurrentExecutions { get; set; } = 10;

    /// <summary>How long the server waits for the client to answer its close frame before dropping the socket.</summary>
    public TimeSpan CloseHandshakeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
