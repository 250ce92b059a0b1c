using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// Encodes the server's messages as UTF-8 JSON text. Results and errors go through the engine's serializer,
/// so they read exactly as over HTTP, error codes included.
/// </summary>
public sealed class ServerMessageEncoder(IGraphQLTextSerializer serializer)
{
    public ReadOnlyMemory<byte> ConnectionAck() => Encode(GraphQLTransportWs.ConnectionAck, id: null, payload: null);

    public ReadOnlyMemory<byte> Ping() => Encode(GraphQLTransportWs.Ping, id: null, payload: null);

    /// <summary>The answer to a ping, carrying the ping's payload back.</summary>
    public ReadOnlyMemory<byte> Pong(JsonElement? pingPayload) => Encode(GraphQLTransportWs.Pong, id: null, pingPayload);

    public ReadOnlyMemory<byte> Next(string id, ExecutionResult result) => Encode(GraphQLTransportWs.Next, id, result);

    public ReadOnlyMemory<byte> Error(string id, IEnumerable<ExecutionError> errors) =>
        Encode(GraphQLTransportWs.Error, id, errors.ToList());

    public ReadOnlyMemory<byte> Complete(string id) => Encode(GraphQLTransportWs.Complete, id, payload: null);

    private byte[] Encode(string type, string? id, object? payload) =>
        Encoding.UTF8.GetBytes(serializer.Serialize(new OperationMessage { Type = type, Id = id, Payload = payload }));
}
