using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// A graphql-transport-ws client on the test server's <c>/graphql</c> socket, for protocol and subscription tests.
/// Every wait is bounded, so a message that never comes fails the test instead of hanging it.
/// </summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    public const string SubProtocol = "graphql-transport-ws";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly WebSocket socket;
    private int lastId;

    private GraphQLWebSocketClient(WebSocket socket) => this.socket = socket;

    /// <summary>The underlying socket, for tests of the WebSocket layer itself.</summary>
    public WebSocket Socket => socket;

    /// <summary>Opens a socket offering the graphql-transport-ws subprotocol.</summary>
    public static Task<GraphQLWebSocketClient> ConnectAsync(WebApplicationFactory<Program> app) =>
        ConnectAsync(app, [SubProtocol]);

    /// <summary>Opens a socket through a real network connection, as browsers and other clients do.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(Uri uri, IEnumerable<string> subProtocols)
    {
        var socket = new ClientWebSocket();
        foreach (var protocol in subProtocols)
        {
            socket.Options.AddSubProtocol(protocol);
        }

        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(uri, timeout.Token);
        return new GraphQLWebSocketClient(socket);
    }

    /// <summary>Opens a socket on the test server offering exactly <paramref name="subProtocols"/> (none when empty).</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(WebApplicationFactory<Program> app, IEnumerable<string> subProtocols)
    {
        var client = app.Server.CreateWebSocketClient();
        foreach (var protocol in subProtocols)
        {
            client.SubProtocols.Add(protocol);
        }

        using var timeout = new CancellationTokenSource(Patience);
        return new GraphQLWebSocketClient(await client.ConnectAsync(new Uri(app.Server.BaseAddress, "graphql"), timeout.Token));
    }

    /// <summary>Opens a socket and completes <c>connection_init</c> with <paramref name="initPayload"/>.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAndInitAsync(WebApplicationFactory<Program> app, object? initPayload = null)
    {
        var client = await ConnectAsync(app);
        await client.InitAsync(initPayload);
        return client;
    }

    /// <summary>Sends <c>connection_init</c> and expects <c>connection_ack</c>.</summary>
    public async Task<JsonElement> InitAsync(object? payload = null)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        return await ReceiveAsync("connection_ack");
    }

    public Task SubscribeAsync(string id, string query, object? variables = null, string? operationName = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables, operationName } });

    public Task CompleteAsync(string id) => SendAsync(new { id, type = "complete" });

    /// <summary>Runs a single-result operation: expects one <c>next</c> and then <c>complete</c>; returns the result.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, object? variables = null)
    {
        var id = NewId();
        await SubscribeAsync(id, query, variables);
        var results = await ReceiveUntilCompleteAsync(id);
        Assert.Single(results);
        return results[0];
    }

    /// <summary>The payloads of every <c>next</c> for <paramref name="id"/> up to its <c>complete</c>.</summary>
    public async Task<IReadOnlyList<JsonElement>> ReceiveUntilCompleteAsync(string id)
    {
        var results = new List<JsonElement>();
        while (true)
        {
            var message = await ReceiveAsync();
            Assert.Equal(id, message.GetProperty("id").GetString());
            switch (message.GetProperty("type").GetString())
            {
                case "next":
                    results.Add(message.GetProperty("payload"));
                    break;
                case "complete":
                    return results;
                default:
                    Assert.Fail($"Expected next or complete for {id}, got {message}");
                    break;
            }
        }
    }

    public string NewId() => $"op-{Interlocked.Increment(ref lastId)}";

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next message, which must be of <paramref name="type"/>.</summary>
    public async Task<JsonElement> ReceiveAsync(string type)
    {
        var message = await ReceiveAsync();
        Assert.True(message.GetProperty("type").GetString() == type, $"Expected a {type} message, got {message}");
        return message;
    }

    /// <summary>The next message; fails when the server closes the socket instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var frame = await ReceiveFrameAsync();
        if (frame is null)
        {
            Assert.Fail($"Expected a message, but the server closed the socket: {(int?)socket.CloseStatus} {socket.CloseStatusDescription}");
        }

        return JsonDocument.Parse(frame).RootElement.Clone();
    }

    /// <summary>Expects the server's close frame next, answers it (unless told not to), and returns its code and reason.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync(bool answer = true)
    {
        var frame = await ReceiveFrameAsync();
        Assert.True(frame is null, $"Expected the server to close the socket, got the message {frame}");
        if (answer && socket.State == WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(Patience);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        return ((int)socket.CloseStatus!.Value, socket.CloseStatusDescription);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The server is gone already; nothing is left to close.
        }

        socket.Dispose();
    }

    /// <summary>One whole text message, or null for a close frame.</summary>
    private async Task<string?> ReceiveFrameAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var message = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
