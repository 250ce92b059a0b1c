using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Transport;
using Mentorship.GraphQL.Transport.PersistedQueries;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// Reads a client's message and checks it against graphql-transport-ws, field by field, so the 4400 reason
/// tells the client what was wrong. Variables and extensions are read by the engine's serializer, as over HTTP.
/// </summary>
public sealed class ClientMessageParser(IGraphQLSerializer serializer)
{
    private const int MaxQuotedLength = 32;

    /// <exception cref="InvalidMessageException">The message is not one a client may send.</exception>
    public ClientMessage Parse(ReadOnlyMemory<byte> utf8)
    {
        if (!Utf8.IsValid(utf8.Span))
        {
            throw new InvalidMessageException("Invalid message: not UTF-8 text");
        }

        using var document = ParseJson(utf8);
        var message = document.RootElement;
        if (UnreadableJsonText.PathIn(message) is { } path)
        {
            throw new InvalidMessageException($"Invalid message: '{Quote(path)}' holds half of a surrogate pair");
        }

        if (message.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMessageException("Invalid message: not a JSON object");
        }

        var type = message.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String
            ? typeElement.GetString()!
            : throw new InvalidMessageException("Invalid message: 'type' must be a string");

        return type switch
        {
            GraphQLTransportWs.ConnectionInit or GraphQLTransportWs.Ping or GraphQLTransportWs.Pong =>
                new ClientMessage(type, null, OptionalObject(message, "payload")?.Clone(), null),
            GraphQLTransportWs.Subscribe => new ClientMessage(type, RequiredId(message), null, ReadRequest(message)),
            GraphQLTransportWs.Complete => new ClientMessage(type, RequiredId(message), null, null),
            GraphQLTransportWs.ConnectionAck or GraphQLTransportWs.Next or GraphQLTransportWs.Error =>
                throw new InvalidMessageException($"Invalid message: '{type}' is sent by servers, not clients"),
            _ => throw new InvalidMessageException($"Invalid message: unknown type '{Quote(type)}'"),
        };
    }

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            throw new InvalidMessageException("Invalid message: not JSON");
        }
    }

    private static string RequiredId(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : throw new InvalidMessageException("Invalid message: 'id' must be a non-empty string");

    private GraphQLRequest ReadRequest(JsonElement message)
    {
        var payload = OptionalObject(message, "payload")
            ?? throw new InvalidMessageException("Invalid message: subscribe needs a 'payload' object");
        var extensions = ReadInputs(OptionalObject(payload, "extensions"), "extensions");
        var query = payload.TryGetProperty("query", out var queryElement) && queryElement.ValueKind == JsonValueKind.String ? queryElement.GetString()
            : AutomaticPersistedQueries.IsNamedByHash(extensions) && (queryElement.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) ? null
            : throw new InvalidMessageException("Invalid message: 'payload.query' must be a string");
        var operationName = payload.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null
            ? name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : throw new InvalidMessageException("Invalid message: 'payload.operationName' must be a string or null")
            : null;

        return new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = ReadInputs(OptionalObject(payload, "variables"), "variables"),
            Extensions = extensions,
        };
    }

    /// <summary>The named property when it is an object; null when absent or null; anything else is invalid.</summary>
    private static JsonElement? OptionalObject(JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? value
        : throw new InvalidMessageException($"Invalid message: '{name}' must be an object or null");

    private Inputs? ReadInputs(JsonElement? value, string name)
    {
        try
        {
            return serializer.ReadNode<Inputs>(value);
        }
        catch (JsonException)
        {
            throw new InvalidMessageException($"Invalid message: '{name}' could not be read");
        }
    }

    private static string Quote(string text) => text.Length <= MaxQuotedLength ? text : text[..MaxQuotedLength] + "…";
}
