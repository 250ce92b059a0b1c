using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Mentorship.GraphQL.Schema;

/// <summary>
/// The <c>LocalTime</c> scalar: a wall-clock time of day with no date and no zone, as <see cref="TimeOnly"/>.
/// Output is <c>HH:mm:ss</c>; input is <c>HH:mm</c> or <c>HH:mm:ss</c>, 24-hour, two digits each.
/// </summary>
public sealed class LocalTimeType : ScalarGraphType
{
    private static readonly string[] InputFormats = ["HH:mm", "HH:mm:ss"];

    public LocalTimeType()
    {
        Name = "LocalTime";
        Description = "A wall-clock time of day, read in a time zone given beside it: `HH:mm:ss` out; `HH:mm` or `HH:mm:ss` in, 24-hour, such as `09:30` or `17:00:00`.";
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
        TimeOnly time => time,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        TimeOnly time => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    // The length pins two digits per part, which the format alone would not.
    private static TimeOnly Parse(string text) =>
        text.Length is 5 or 8 && TimeOnly.TryParseExact(text, InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new FormatException($"'{text}' is not a time of day as HH:mm or HH:mm:ss, such as 09:30 or 17:00:00.");
}
