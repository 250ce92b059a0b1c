using System.Text.Json;
using GraphQL.Transport;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// A message from the client that passed <see cref="ClientMessageParser"/>: its type is one a client may send,
/// and the fields that type needs are present and well-formed.
/// </summary>
/// <param name="Type">One of the <see cref="GraphQLTransportWs"/> message types.</param>
/// <param name="Id">The operation id of <c>subscribe</c> and <c>complete</c>; null for the others.</param>
/// <param name="Payload">The payload object, detached from the received bytes; null when absent or null.</param>
/// <param name="Request">The operation of a <c>subscribe</c>; null for the others.</param>
public sealed record ClientMessage(string Type, string? Id, JsonElement? Payload, GraphQLRequest? Request);
