using System.Net.WebSockets;
using Mentorship.GraphQL.Auth.Credentials;
using Mentorship.GraphQL.Execution;
using Mentorship.GraphQL.Observability;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// Takes WebSocket upgrades at the GraphQL path and serves graphql-transport-ws on them. Every other request
/// passes on, so a plain <c>GET /graphql</c> stays with the HTTP transport.
/// </summary>
public sealed class GraphQLWebSocketMiddleware(
    RequestDelegate next,
    IOptions<GraphQLWebSocketOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<GraphQLWebSocketMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest
            || !context.Request.Path.Equals(options.Value.Path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLTransportWs.SubProtocol))
        {
            await RefuseAsync(context);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLTransportWs.SubProtocol);
        using var open = context.RequestServices.GetRequiredService<MentorshipMetrics>().WebSocketOpened();
        // One credential check at a time per socket, as one per HTTP request.
        var source = RequestSource.For(context, CredentialCheckGate.OneAtATime());
        using var connection = ActivatorUtilities.CreateInstance<GraphQLWebSocketConnection>(context.RequestServices, socket, source);
        using var shutdown = lifetime.ApplicationStopping.Register(() => connection.Close(ConnectionClose.ServerShuttingDown));
        await connection.RunAsync(context.RequestAborted);
    }

    /// <summary>
    /// A client without the subprotocol is accepted only to be told why it cannot stay: close 4406. A refused
    /// handshake would leave a browser client with nothing but 1006.
    /// </summary>
    private async Task RefuseAsync(HttpContext context)
    {
        WebSocketLog.SubprotocolRefused(logger, context.Request.Headers.SecWebSocketProtocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var handshakeTimeout = new CancellationTokenSource(options.Value.CloseHandshakeTimeout, clock);
        var refusal = ConnectionClose.SubprotocolNotAcceptable;
        try
        {
            await socket.CloseAsync(refusal.Status, refusal.Reason, handshakeTimeout.Token);
        }
        catch (Exception exception) when (WebSocketFailures.IsDisconnect(exception))
        {
            // The client did not answer the close in time, or left.
        }
    }
}
