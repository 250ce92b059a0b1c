using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>
/// Cursors are base64url JSON holding the order they belong to and the sort key values of one item. They
/// are opaque to clients, and a cursor from another list or order is refused rather than misread.
/// </summary>
internal static class KeysetCursor
{
    /// <summary>The cursor of one item: written straight to JSON, as <see cref="CursorContent"/> reads it back.</summary>
    public static string Encode(string order, IEnumerable<object?> values)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("o", order);
            json.WriteStartArray("k");
            foreach (var value in values)
            {
                JsonSerializer.Serialize(json, value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The key values of <paramref name="cursor"/>, which must come from <paramref name="order"/> with <paramref name="keyCount"/>
    /// keys; <paramref name="argument"/> names the argument it came in, for the error.
    /// </summary>
    public static IReadOnlyList<JsonElement> Decode(string cursor, string order, int keyCount, string argument)
    {
        CursorContent? content = null;
        try
        {
            content = JsonSerializer.Deserialize<CursorContent>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // Reported below like any other cursor this list did not issue.
        }

        if (content?.Order != order || content.Keys is not { } keys || keys.Count != keyCount)
        {
            throw new BadUserInputException(
                $"`{argument}` is not a cursor of this list in this order. Pass a cursor of a page asked with the same filters and order.");
        }

        return keys;
    }

    /// <summary>The JSON shape: <c>o</c> the order, <c>k</c> the key values.</summary>
    private sealed record CursorContent(
        [property: JsonPropertyName("o")] string? Order,
        [property: JsonPropertyName("k")] List<JsonElement>? Keys);
}
