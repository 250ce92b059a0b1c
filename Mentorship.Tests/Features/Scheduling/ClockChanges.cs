using NodaTime;
using NodaTime.Text;

namespace Mentorship.Tests.Features.Scheduling;

/// <summary>
/// A zone's next clock change, found in tzdb from today on, so tests through the API, whose clock is the real one,
/// always ask about a change that lies ahead.
/// </summary>
internal static class ClockChanges
{
    /// <summary>
    /// The next change at least three days ahead that moves the clocks forward (<paramref name="forward"/>) or back:
    /// its local date, and the offsets before and after it as <c>+hh:mm</c>.
    /// </summary>
    public static (string Date, string Before, string After) Next(string zoneId, bool forward)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var start = SystemClock.Instance.GetCurrentInstant() + Duration.FromDays(3);
        foreach (var interval in zone.GetZoneIntervals(start, start + Duration.FromDays(3 * 366)).Skip(1))
        {
            var before = zone.GetUtcOffset(interval.Start - Duration.Epsilon);
            if (before != interval.WallOffset && interval.WallOffset > before == forward)
            {
                return (Iso(interval.Start.WithOffset(before).Date), Show(before), Show(interval.WallOffset));
            }
        }

        throw new InvalidOperationException($"{zoneId} changes its clocks {(forward ? "forward" : "back")} nowhere in the next three years.");
    }

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The date <paramref name="days"/> after <paramref name="isoDate"/>.</summary>
    public static string Plus(string isoDate, int days) => Iso(LocalDatePattern.Iso.Parse(isoDate).Value.PlusDays(days));

    /// <summary>The day of the week of an ISO date, as the API spells it.</summary>
    public static string DayOf(string isoDate) =>
        LocalDatePattern.Iso.Parse(isoDate).Value.DayOfWeek.ToString().ToUpperInvariant();

    private static string Show(Offset offset) => OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(offset);
}
