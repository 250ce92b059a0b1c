using System.Globalization;
using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Scheduling;

/// <summary>The client's availability operations (as in the contract) and short ways to run them.</summary>
internal static class AvailabilityOperations
{
    public const string ErrorFields = "fragment ErrorFields on Error { __typename message code }";

    public const string AvailabilityFields = "fragment AvailabilityFields on WeeklyAvailability { timeZone blocks { id dayOfWeek startTime endTime } }";

    /// <summary>The contract's SetWeeklyAvailability, with the block errors' extra fields.</summary>
    public const string SetWeeklyAvailability = $$"""
        mutation SetWeeklyAvailability($input: SetWeeklyAvailabilityInput!) {
          setWeeklyAvailability(input: $input) {
            availability { ...AvailabilityFields }
            errors {
              ...ErrorFields
              ... on InvalidInputError { field }
              ... on BlockOffGridError { blockIndex field }
              ... on BlockEndNotAfterStartError { blockIndex }
              ... on OverlappingBlocksError { blockIndex otherBlockIndex }
            }
          }
        }
        {{AvailabilityFields}}
        {{ErrorFields}}
        """;

    public const string MyAvailability = $$"""
        query MyAvailability { me { id availability { ...AvailabilityFields } } }
        {{AvailabilityFields}}
        """;

    public const string AvailableSlots = """
        query AvailableSlots($mentorId: ID!, $from: DateTime!, $to: DateTime!, $durationMinutes: Int) {
          availableSlots(mentorId: $mentorId, from: $from, to: $to, durationMinutes: $durationMinutes) { startsAt endsAt }
        }
        """;

    /// <summary>Every day of the week, as the API spells them.</summary>
    public static readonly string[] Days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

    public static object Block(string dayOfWeek, string startTime, string endTime) => new { dayOfWeek, startTime, endTime };

    public static object Block(DayOfWeek day, string startTime, string endTime) => Block(day.ToString().ToUpperInvariant(), startTime, endTime);

    public static Task<GraphQLResponse> SetAvailabilityAsync(this TestUser mentor, string timeZone, params object[] blocks) =>
        mentor.Client.ExecuteAsync(SetWeeklyAvailability, new { input = new { timeZone, blocks } });

    /// <summary>Sets a schedule that must be accepted.</summary>
    public static async Task SetAvailableAsync(this TestUser mentor, string timeZone, params object[] blocks)
    {
        var response = await mentor.SetAvailabilityAsync(timeZone, blocks);
        response.EnsureNoErrors();
        Assert.True(response.At("setWeeklyAvailability.errors").ValueKind == JsonValueKind.Null, response.Body);
    }

    /// <summary>Every hour of every day, in UTC: any start on the quarter hour lies inside a block.</summary>
    public static Task SetAlwaysAvailableAsync(this TestUser mentor) =>
        mentor.SetAvailableAsync("UTC", [.. Days.Select(day => Block(day, "00:00", "00:00"))]);

    public static Task<GraphQLResponse> AvailableSlotsAsync(this GraphQLClient client, Guid mentorId, DateTimeOffset from, DateTimeOffset to, int? durationMinutes = null) =>
        client.ExecuteAsync(AvailableSlots, new { mentorId, from = Iso(from), to = Iso(to), durationMinutes });

    /// <summary>The slots' starts, which must come without errors.</summary>
    public static async Task<IReadOnlyList<DateTimeOffset>> SlotStartsAsync(
        this GraphQLClient client, Guid mentorId, DateTimeOffset from, DateTimeOffset to, int? durationMinutes = null)
    {
        var response = await client.AvailableSlotsAsync(mentorId, from, to, durationMinutes);
        response.EnsureNoErrors();
        return [.. response.At("availableSlots").EnumerateArray().Select(s => Instant(s.GetProperty("startsAt").GetString()))];
    }

    public static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string? iso) => DateTimeOffset.Parse(iso!, CultureInfo.InvariantCulture);

    /// <summary>
    /// The UTC day <paramref name="days"/> after today (by <paramref name="now"/>) at <paramref name="hour"/>:00. Tests
    /// book at such times, since a session never spans midnight: blocks end there.
    /// </summary>
    public static DateTimeOffset DaysAheadAt(int days, int hour, DateTimeOffset? now = null) =>
        new((now ?? DateTimeOffset.UtcNow).UtcDateTime.Date.AddDays(days).AddHours(hour), TimeSpan.Zero);

    /// <summary>The first quarter hour (of UTC, and of every whole-hour zone) at or after <paramref name="instant"/>.</summary>
    public static DateTimeOffset QuarterHourFrom(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        var quarter = TimeSpan.FromMinutes(15).Ticks;
        var ticks = (utc.Ticks + quarter - 1) / quarter * quarter;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
