using System.Globalization;
using Mentorship.GraphQL.Features.Scheduling;
using NodaTime;

namespace Mentorship.Tests.Features.Scheduling;

/// <summary>Builds schedules and reads slots back as local times with their offsets, as the mentor's calendar shows them.</summary>
internal static class Schedules
{
    /// <summary>A moment long before every slot the tests ask for, so the lead time never interferes.</summary>
    public static readonly DateTimeOffset LongBefore = At("2026-01-01T00:00:00Z");

    public static WeeklySchedule In(string zone, params WeeklyBlock[] blocks) => WeeklySchedule.Create(zone, blocks);

    public static WeeklyBlock Block(DayOfWeek day, string start, string end) =>
        new(day, TimeOnly.Parse(start, CultureInfo.InvariantCulture), TimeOnly.Parse(end, CultureInfo.InvariantCulture));

    public static DateTimeOffset At(string isoWithOffset) => DateTimeOffset.Parse(isoWithOffset, CultureInfo.InvariantCulture);

    public static BookedTime Booked(string startsAt, string endsAt) => new(At(startsAt), At(endsAt));

    public static IReadOnlyList<Slot> Slots(
        WeeklySchedule schedule, string from, string to, int durationMinutes, BookedTime[]? booked = null, DateTimeOffset? now = null) =>
        SlotCalculator.AvailableSlots(schedule, booked ?? [], At(from), At(to), durationMinutes, now ?? LongBefore);

    /// <summary>
    /// The slots' starts as local times with their offsets (<c>2026-03-08T01:45-05:00</c>), after checking that every
    /// slot is given in UTC, lasts the duration in elapsed time, and that starts strictly ascend.
    /// </summary>
    public static string[] LocalStarts(IReadOnlyList<Slot> slots, WeeklySchedule schedule, int durationMinutes)
    {
        Assert.All(slots, slot =>
        {
            Assert.Equal(TimeSpan.Zero, slot.StartsAt.Offset);
            Assert.Equal(TimeSpan.Zero, slot.EndsAt.Offset);
            Assert.Equal(TimeSpan.FromMinutes(durationMinutes), slot.EndsAt - slot.StartsAt);
        });
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.True(pair.First.StartsAt < pair.Second.StartsAt));
        return [.. slots.Select(slot => Local(slot.StartsAt, schedule.Zone))];
    }

    public static string Local(DateTimeOffset instant, DateTimeZone zone)
    {
        var offset = zone.GetUtcOffset(Instant.FromDateTimeOffset(instant)).ToTimeSpan();
        return instant.ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
    }
}
