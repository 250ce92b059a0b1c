using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mentorship.GraphQL.Realtime;

/// <summary>
/// A change worth telling subscribers about, as it travels between server instances: what kind of change, the
/// id of the changed row, and the ids of the users who may hear of it. Ids only — every subscriber reads the
/// row itself, with its own identity, when the event reaches it.
/// </summary>
public sealed record RealtimeEvent(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("subject")] Guid SubjectId,
    [property: JsonPropertyName("recipients")] IReadOnlyList<Guid> RecipientIds)
{
    /// <summary>
    /// The row the event is about, as this instance loaded it for the batch the event arrived in (see
    /// <see cref="IEventSubjectLoader"/>); null before loading, for kinds without a loader, and when the row was not
    /// found or could not be read. It never travels between instances.
    /// </summary>
    [JsonIgnore]
    public object? Subject { get; init; }

    public string ToPayload() => JsonSerializer.Serialize(this);

    /// <summary>The event in a notification's payload, or null when the payload is not one of ours.</summary>
    public static RealtimeEvent? FromPayload(string payload)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<RealtimeEvent>(payload);
            return parsed is { Kind.Length: > 0, RecipientIds: not null } ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
