using System.Data.Common;
using System.Net.WebSockets;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Execution;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Transport.PersistedQueries;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// One socket speaking graphql-transport-ws. A single loop reads the client's messages and handles them in
/// order; operations run on their own tasks and answer through the connection's one writer.
/// </summary>
/// <remarks>
/// The connection speaks for the user of its access token only while that token is valid and the user's security stamp
/// unchanged: at the token's expiry, at a renewed stamp announced from any instance (<see cref="SignedInSockets"/>),
/// when a new operation finds the user changed, or at the periodic check, the socket is closed with 4403, and
/// graphql-ws clients reconnect with fresh connection parameters. It holds at most
/// <see cref="GraphQLWebSocketOptions.MaxOperations"/> operations, of which at most
/// <see cref="GraphQLWebSocketOptions.MaxConcurrentExecutions"/> execute at once.
/// </remarks>
public sealed class GraphQLWebSocketConnection : IDisposable
{
    // TimeProvider timers take at most about 49 days; a token that outlives that is cut at the limit.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromDays(49);

    private readonly GraphQLWebSocketOptions options;
    private readonly ClientMessageParser parser;
    private readonly ServerMessageEncoder encoder;
    private readonly ConnectionAuthenticator authenticator;
    private readonly IServiceScopeFactory scopes;
    private readonly SignedInSockets signedInSockets;
    private readonly AutomaticPersistedQueries persistedQueries;
    private readonly RequestSource source;
    private readonly SemaphoreSlim executionSlots;
    private readonly TimeProvider clock;
    private readonly ILogger<GraphQLWebSocketConnection> logger;
    private readonly IncomingMessageReader reader;
    private readonly OutgoingMessageWriter writer;
    private readonly OperationRegistry operations = new();
    private ITimer? initTimeout;
    private ITimer? tokenExpiry;
    private ITimer? keepAlive;
    private ITimer? revalidation;
    private IDisposable? signedInRegistration;
    private bool initReceived;
    private Authentication? caller;

    public GraphQLWebSocketConnection(
        WebSocket socket,
        IOptions<GraphQLWebSocketOptions> options,
        ClientMessageParser parser,
        ServerMessageEncoder encoder,
        ConnectionAuthenticator authenticator,
        IServiceScopeFactory scopes,
        SignedInSockets signedInSockets,
        AutomaticPersistedQueries persistedQueries,
        RequestSource source,
        TimeProvider clock,
        ILogger<GraphQLWebSocketConnection> logger)
    {
        this.persistedQueries = persistedQueries;
        this.options = options.Value;
        this.parser = parser;
        this.encoder = encoder;
        this.authenticator = authenticator;
        this.scopes = scopes;
        this.signedInSockets = signedInSockets;
        this.source = source;
        this.clock = clock;
        this.logger = logger;
        reader = new IncomingMessageReader(socket, this.options.MaxMessageBytes);
        writer = new OutgoingMessageWriter(socket, this.options.MaxQueuedMessages, this.options.CloseHandshakeTimeout, clock);
        executionSlots = new SemaphoreSlim(this.options.MaxConcurrentExecutions);
    }

    /// <summary>Closes the socket with <paramref name="reason"/>: operations stop at once, then the close handshake runs.</summary>
    public void Close(ConnectionClose reason)
    {
        if (writer.CloseRequested is null)
        {
            WebSocketLog.ClosedByServer(logger, reason.Status, reason.Reason);
        }

        writer.Close(reason);
    }

    /// <summary>Serves the socket until the close handshake is over or the socket is gone.</summary>
    public async Task RunAsync(CancellationToken socketAborted)
    {
        var writing = writer.RunAsync();
        using var stopOperationsOnClose = writer.Closing.Register(operations.StopAll);
        initTimeout = clock.CreateTimer(_ => CloseUnlessInitialised(), null, options.ConnectionInitTimeout, Timeout.InfiniteTimeSpan);
        try
        {
            await ReadUntilClosedAsync(socketAborted);
        }
        catch (Exception exception) when (WebSocketFailures.IsDisconnect(exception))
        {
            // The client vanished without a close frame.
        }
        finally
        {
            StopTimers();
            // Ends the writer: by now the close handshake has run, or there is nobody left to close with.
            writer.Close(ConnectionClose.NormalClosure);
            operations.StopAll();
            await operations.WhenAllFinishedAsync();
            await writing;
        }
    }

    public void Dispose()
    {
        StopTimers();
        reader.Dispose();
        writer.Dispose();
        executionSlots.Dispose();
    }

    private async Task ReadUntilClosedAsync(CancellationToken socketAborted)
    {
        while (true)
        {
            var received = await reader.ReceiveAsync(socketAborted);
            if (received.Kind == IncomingMessageKind.Close)
            {
                writer.Close(ConnectionClose.AnswerTo(received.CloseStatus));
                return;
            }

            // Once closing, the client's messages are read only to reach its close frame.
            if (writer.CloseRequested is not null)
            {
                continue;
            }

            if (received.Kind == IncomingMessageKind.TooBig)
            {
                Close(ConnectionClose.MessageTooBig);
                continue;
            }

            await HandleAsync(received.Data, socketAborted);
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> data, CancellationToken socketAborted)
    {
        try
        {
            var message = parser.Parse(data);
            switch (message.Type)
            {
                case GraphQLTransportWs.ConnectionInit:
                    await InitialiseAsync(message.Payload, socketAborted);
                    break;
                case GraphQLTransportWs.Ping:
                    writer.TryEnqueue(encoder.Pong(message.Payload));
                    break;
                case GraphQLTransportWs.Subscribe:
                    Start(message.Id!, message.Request!);
                    break;
                case GraphQLTransportWs.Complete:
                    operations.Find(message.Id!)?.Stop();
                    break;
                default:
                    // A pong needs no answer.
                    break;
            }
        }
        catch (InvalidMessageException invalid)
        {
            Close(ConnectionClose.BadRequest(invalid.Message));
        }
        catch (Exception exception) when (!WebSocketFailures.IsDisconnect(exception))
        {
            WebSocketLog.ConnectionFailed(logger, exception);
            Close(ConnectionClose.InternalServerError);
        }
    }

    private async Task InitialiseAsync(JsonElement? payload, CancellationToken socketAborted)
    {
        if (initReceived)
        {
            Close(ConnectionClose.TooManyInitialisationRequests);
            return;
        }

        Volatile.Write(ref initReceived, true);
        var authentication = await authenticator.AuthenticateAsync(payload, socketAborted);
        var lifetime = authentication.ExpiresAt - clock.GetUtcNow();
        if (authentication.IsRejected || lifetime <= TimeSpan.Zero)
        {
            Close(ConnectionClose.Forbidden);
            return;
        }

        if (lifetime is { } remaining)
        {
            tokenExpiry = clock.CreateTimer(_ => Close(ConnectionClose.Forbidden), null,
                remaining < LongestTimer ? remaining : LongestTimer, Timeout.InfiniteTimeSpan);
        }

        if (authentication.Principal.FindUserId() is { } userId)
        {
            signedInRegistration = signedInSockets.Register(userId, this);

            // A stamp renewed between the authentication above and the registration was announced to nobody here: look again.
            if (!await authenticator.IsStillValidAsync(authentication, socketAborted))
            {
                Close(ConnectionClose.Forbidden);
                return;
            }
        }

        caller = authentication;
        writer.TryEnqueue(encoder.ConnectionAck());
        if (authentication.Principal.IsSignedIn() && options.RevalidationInterval > TimeSpan.Zero)
        {
            revalidation = clock.CreateTimer(_ => _ = RevalidateAsync(authentication, socketAborted), null, options.RevalidationInterval, options.RevalidationInterval);
        }

        if (options.KeepAliveInterval > TimeSpan.Zero)
        {
            keepAlive = clock.CreateTimer(_ => writer.TryEnqueue(encoder.Ping()), null, options.KeepAliveInterval, options.KeepAliveInterval);
        }
    }

    private void Start(string id, GraphQLRequest request)
    {
        if (caller is null)
        {
            Close(ConnectionClose.Unauthorized);
            return;
        }

        if (operations.Find(id) is not null)
        {
            Close(ConnectionClose.SubscriberAlreadyExists(id));
            return;
        }

        // Only this loop adds operations, so the count cannot grow between this check and the add below.
        if (operations.ActiveCount >= options.MaxOperations)
        {
            writer.TryEnqueue(encoder.Error(id, [new ExecutionError(
                $"This socket holds {options.MaxOperations} operations, as many as it may; complete one before starting another.")
                { Code = ErrorCodes.TooManyRequests }]));
            return;
        }

        // A hash names a document this instance keeps (documents are kept from HTTP requests only), or a trusted one.
        var lookup = persistedQueries.Resolve(request);
        if (lookup.Refusal is { } refusal)
        {
            writer.TryEnqueue(encoder.Error(id, refusal.Errors!));
            return;
        }

        var operation = new GraphQLOperation(id, writer, encoder, operations, scopes, logger);
        operations.TryAdd(operation);

        // Off the read loop, so the next message is read while this one executes.
        var signedIn = caller;
        var resolved = lookup.Request!;
        operations.Track(Task.Run(() => operation.RunAsync(resolved, signedIn, source, executionSlots)));
    }

    /// <summary>
    /// The token was checked once, at <c>connection_init</c>; a user deactivated, signed out everywhere or given
    /// another role since then loses the socket, and the client reconnects with whatever it may now use.
    /// </summary>
    private async Task RevalidateAsync(Authentication authentication, CancellationToken socketAborted)
    {
        try
        {
            if (!await authenticator.IsStillValidAsync(authentication, socketAborted))
            {
                Close(ConnectionClose.Forbidden);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or DbException)
        {
            // A closing socket or an unreachable database: the socket keeps what it has until the next check.
        }
    }

    private void CloseUnlessInitialised()
    {
        if (!Volatile.Read(ref initReceived))
        {
            Close(ConnectionClose.ConnectionInitialisationTimeout);
        }
    }

    private void StopTimers()
    {
        initTimeout?.Dispose();
        tokenExpiry?.Dispose();
        keepAlive?.Dispose();
        revalidation?.Dispose();
        signedInRegistration?.Dispose();
    }
}
