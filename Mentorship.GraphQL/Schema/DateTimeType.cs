using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Mentorship.GraphQL.Schema;

/// <summary>
/// The <c>DateTime</c> scalar: an instant as ISO-8601 with an offset. Output is always UTC
/// (<c>2026-03-02T15:00:00Z</c>); input must carry an offset, so no instant is ever guessed.
/// </summary>
public sealed class DateTimeType : ScalarGraphType
{
    private static readonly string[] InputFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    public DateTimeType()
    {
        Name = "DateTime";
        Description = "An instant as ISO-8601 with an offset, such as `2026-03-02T15:00:00Z` or `2026-03-02T16:00:00+01:00`. Output is in UTC.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Parse((string)text.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        DateTimeOffset instant => instant.ToUniversalTime(),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => Format(instant),
        DateTime { Kind: DateTimeKind.Utc } instant => Format(new DateTimeOffset(instant)),
        _ => ThrowSerializationError(value),
    };

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.TryParseExact(text, InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
        && HasOffset(text)
            ? instant.ToUniversalTime()
            : throw new FormatException($"'{text}' is not an ISO-8601 instant with an offset, such as 2026-03-02T15:00:00Z.");

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
