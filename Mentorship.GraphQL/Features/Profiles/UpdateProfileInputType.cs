using GraphQL.Types;
using Mentorship.Data;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Profiles;

public sealed class UpdateProfileInputType : InputObjectGraphType<UpdateProfileInput>
{
    public UpdateProfileInputType()
    {
        Name = "UpdateProfileInput";
        Description = "Changes to the signed-in user's profile. A field left out stays as it is.";
        Field<StringGraphType>("displayName")
            .Description($"The name shown to others: 1 to {ProfileLimits.DisplayNameLength} characters after trimming. Cannot be null.");
        Field<StringGraphType>("bio")
            .Description($"A short introduction, at most {ProfileLimits.BioLength} characters. Null or blank clears it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("skills")
            .Description(
                $"The whole skill list, replacing the old one: at most {ProfileLimits.Skills} skills of at most {ProfileLimits.SkillLength} " +
                "characters. Skills are trimmed, and ones differing only in letter case or spacing are kept once. Null clears the list.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("goals")
            .Description(
                $"The whole goal list, replacing the old one: at most {ProfileLimits.Goals} goals of at most {ProfileLimits.GoalLength} " +
                "characters. Null clears the list.");
        Field<StringGraphType>("timeZone")
            .Description("An IANA time zone name spelled as in the tz database, such as `Europe/Berlin` or `America/Argentina/Buenos_Aires`, or `UTC`. Windows names and abbreviations such as `CET` are refused. Null or blank clears it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateProfileInput(
        Read(value, "displayName", v => (string?)v),
        Read(value, "bio", v => (string?)v),
        Read(value, "skills", ReadStrings),
        Read(value, "goals", ReadStrings),
        Read(value, "timeZone", v => (string?)v));

    private static InputValue<T> Read<T>(IDictionary<string, object?> value, string field, Func<object?, T?> convert) =>
        value.TryGetValue(field, out var given) ? new InputValue<T>(true, convert(given)) : default;

    private static IReadOnlyList<string>? ReadStrings(object? value) =>
        value is IEnumerable<object?> items ? [.. items.Select(i => (string)i!)] : null;
}
