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
    /// <summary>
    /// A writer and its buffer for each thread, reused: a page writes a cursor per item, and writing each into a new
    /// buffer allocated more than the rest of the page. Encoding never awaits, so no other cursor can interleave.
    /// </summary>
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? scratch;

    /// <summary>The cursor of <paramref name="item"/>: its key values written straight to JSON, as <see cref="CursorContent"/> reads them back.</summary>
    public static string Encode<T>(string order, IReadOnlyList<IKeysetKey<T>> keys, T item)
    {
        var (buffer, json) = scratch ??= NewScratch();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("o", order);
        json.WriteStartArray("k");
        for (var i = 0; i < keys.Count; i++)
        {
            keys[i].WriteValue(json, item);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewScratch()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        return (buffer, new Utf8JsonWriter(buffer));
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
