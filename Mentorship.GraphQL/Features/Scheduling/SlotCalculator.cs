using System.Globalization;
using Mentorship.Data;
using NodaTime;

namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>
/// Bookable start times of a mentor's weekly schedule.
/// <para>
/// A block is wall-clock time: "Sundays 01:00–03:00" covers every instant whose local reading in the mentor's zone
/// falls in [01:00, 03:00) on a Sunday. On most days that is one two-hour stretch. Where the clocks spring forward
/// inside it, the local times that never happen cover nothing, and what remains is one shorter stretch. Where they
/// fall back, the repeated local times happen twice and are covered both times: 01:00–03:00 on a New York fall-back
/// day lasts three hours. A block lying wholly inside the repeated hour, such as 01:15–01:45, is two separate
/// half-hours, and no slot joins them, because the time between reads as local times outside the block.
/// </para>
/// <para>
/// A slot start is an instant whose local reading is on the 15-minute grid, from which a session of the asked length
/// ends, in elapsed time, by the end of its stretch (stretches that meet across a skipped hour count as one). Each start is one instant, so a repeated 01:30 offers two
/// distinct slots (01:30 at -04:00 and 01:30 at -05:00), never the same instant twice, and a skipped 02:30 offers
/// none: no instant reads 02:30. Starts are unique and ascending.
/// </para>
/// </summary>
public static class SlotCalculator
{
    /// <summary>Wall offsets never exceed ±18 hours, so a local date's blocks lie within this much of its UTC day.</summary>
    private static readonly Duration MaxOffset = Duration.FromSeconds(Offset.MaxValue.Seconds);

    private static readonly Duration Grid = Duration.FromMinutes(SessionLimits.GridMinutes);

    private static readonly Duration LeadTime = Duration.FromTimeSpan(SessionLimits.MinimumLeadTime);

    /// <summary>Why <see cref="AvailableSlots"/> would refuse these arguments, or null when it takes them.</summary>
    public static SchedulingProblem? CheckQuery(DateTimeOffset from, DateTimeOffset to, int durationMinutes)
    {
        if (DurationProblem(durationMinutes) is { } problem)
        {
            return problem;
        }

        if (to <= from)
        {
            return new SchedulingProblem(SchedulingProblemCode.EmptyRange, "to", "The end of the range must be after its start.");
        }

        return to - from > TimeSpan.FromDays(SessionLimits.MaxSlotRangeDays)
            ? new SchedulingProblem(
                SchedulingProblemCode.RangeTooLong, "to", $"A search for slots may cover at most {SessionLimits.MaxSlotRangeDays} days.")
            : null;
    }

    /// <summary>
    /// The slots of <paramref name="durationMinutes"/> that start in [<paramref name="from"/>, <paramref name="to"/>),
    /// at least the minimum lead time after <paramref name="now"/>, inside one block of <paramref name="schedule"/>,
    /// and overlapping none of <paramref name="booked"/> (touching is fine). A slot may end after <paramref name="to"/>:
    /// ranges that follow each other list every slot exactly once. Sorted by start, in UTC.
    /// </summary>
    /// <exception cref="ArgumentException">The arguments fail <see cref="CheckQuery"/>.</exception>
    public static IReadOnlyList<Slot> AvailableSlots(
        WeeklySchedule schedule, IEnumerable<BookedTime> booked, DateTimeOffset from, DateTimeOffset to, int durationMinutes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(booked);
        if (CheckQuery(from, to, durationMinutes) is { } problem)
        {
            throw new ArgumentException(problem.Message, problem.Field);
        }

        var duration = Duration.FromMinutes(durationMinutes);
        var earliest = Max(Instant.FromDateTimeOffset(from), Instant.FromDateTimeOffset(now) + LeadTime);
        var starts = CandidateStarts(schedule, earliest, Instant.FromDateTimeOffset(to), duration);
        var taken = Merge(booked);

        var slots = new List<Slot>(starts.Count);
        var next = 0;
        foreach (var start in starts)
        {
            var end = start + duration;

            // Starts ascend, so a booking that ends by this start is behind every later one too.
            while (next < taken.Count && taken[next].End <= start)
            {
                next++;
            }

            if (next == taken.Count || taken[next].Start >= end)
            {
                slots.Add(new Slot(start.ToDateTimeOffset(), end.ToDateTimeOffset()));
            }
        }

        return slots;
    }

    /// <summary>Refuses a session length outside the limits.</summary>
    internal static SchedulingProblem? DurationProblem(int durationMinutes) =>
        durationMinutes is < SessionLimits.MinDurationMinutes or > SessionLimits.MaxDurationMinutes
            ? new SchedulingProblem(
                SchedulingProblemCode.DurationOutOfRange,
                "durationMinutes",
                $"A session lasts {SessionLimits.MinDurationMinutes} to {SessionLimits.MaxDurationMinutes} minutes; "
                + $"{durationMinutes.ToString(CultureInfo.InvariantCulture)} were asked for.")
            : null;

    /// <summary>Whether the instant reads as a time on the grid (…:00, :15, :30, :45, with zero seconds) in the zone.</summary>
    internal static bool IsOnLocalGrid(Instant instant, DateTimeZone zone) =>
        instant.InZone(zone).TimeOfDay.NanosecondOfDay % Grid.ToInt64Nanoseconds() == 0;

    /// <summary>
    /// Every start in [<paramref name="earliest"/>, <paramref name="end"/>) on the local grid from which a session of
    /// <paramref name="duration"/> lies inside one block: the rule shared by slots and bookings. Ascending, unique.
    /// </summary>
    internal static List<Instant> CandidateStarts(WeeklySchedule schedule, Instant earliest, Instant end, Duration duration)
    {
        var starts = new List<Instant>();
        if (earliest >= end)
        {
            return starts;
        }

        var lastDate = (end + MaxOffset).InUtc().Date;
        for (var date = (earliest - MaxOffset).InUtc().Date; date <= lastDate; date = date.PlusDays(1))
        {
            foreach (var block in schedule.On(date.DayOfWeek))
            {
                AddStarts(schedule.Zone, date, block, new Bounds(earliest, end, duration), starts);
            }
        }

        // Blocks are separate in local time, but around a fall-back one day's blocks can interleave in elapsed time.
        starts.Sort();
        return starts.Count < 2 ? starts : Unique(starts);
    }

    /// <summary>
    /// The stretches of one block on one date: within each zone interval (a single wall offset) the instants reading
    /// inside the block form one stretch; stretches that meet, across a skipped hour, join into one.
    /// </summary>
    private static void AddStarts(DateTimeZone zone, LocalDate date, WeeklyBlock block, Bounds bounds, List<Instant> starts)
    {
        var localStart = date.At(LocalTime.FromTimeOnly(block.StartTime));
        var localEnd = block.EndsAtMidnight ? date.PlusDays(1).AtMidnight() : date.At(LocalTime.FromTimeOnly(block.EndTime));
        if (localStart >= localEnd)
        {
            return;
        }

        var stretches = new List<Stretch>(2);
        foreach (var interval in zone.GetZoneIntervals(localStart.InUtc().ToInstant() - MaxOffset, localEnd.InUtc().ToInstant() + MaxOffset))
        {
            var offset = interval.WallOffset;
            var start = Max(interval.HasStart ? interval.Start : Instant.MinValue, localStart.WithOffset(offset).ToInstant());
            var end = Min(interval.HasEnd ? interval.End : Instant.MaxValue, localEnd.WithOffset(offset).ToInstant());
            if (start >= end)
            {
                continue;
            }

            if (stretches.Count > 0 && stretches[^1].End != start)
            {
                AddWindowStarts(stretches, bounds, starts);
                stretches.Clear();
            }

            stretches.Add(new Stretch(start, end, offset));
        }

        AddWindowStarts(stretches, bounds, starts);
    }

    /// <summary>Grid starts in a window of joined stretches whose session ends by the window's end.</summary>
    private static void AddWindowStarts(List<Stretch> window, Bounds bounds, List<Instant> starts)
    {
        if (window.Count == 0)
        {
            return;
        }

        var latest = window[^1].End - bounds.Duration;
        foreach (var stretch in window)
        {
            // One offset holds throughout a stretch, so steps of elapsed time stay on the local grid.
            for (var start = NextOnGrid(Max(stretch.Start, bounds.Earliest), stretch.Offset);
                 start < stretch.End && start < bounds.End && start <= latest;
                 start += Grid)
            {
                starts.Add(start);
            }
        }
    }

    private static Instant NextOnGrid(Instant instant, Offset offset)
    {
        var grid = Grid.ToInt64Nanoseconds();
        var past = instant.WithOffset(offset).TimeOfDay.NanosecondOfDay % grid;
        return past == 0 ? instant : instant + Duration.FromNanoseconds(grid - past);
    }

    /// <summary>Booked time as sorted, disjoint intervals.</summary>
    private static List<Interval> Merge(IEnumerable<BookedTime> booked)
    {
        var sorted = booked
            .Select(b => new Interval(Instant.FromDateTimeOffset(b.StartsAt), Instant.FromDateTimeOffset(b.EndsAt)))
            .Where(i => i.Start < i.End)
            .OrderBy(i => i.Start)
            .ToList();
        var merged = new List<Interval>(sorted.Count);
        foreach (var interval in sorted)
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                merged[^1] = new Interval(merged[^1].Start, Max(merged[^1].End, interval.End));
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    private static List<Instant> Unique(List<Instant> sorted)
    {
        var unique = new List<Instant>(sorted.Count) { sorted[0] };
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i] != unique[^1])
            {
                unique.Add(sorted[i]);
            }
        }

        return unique;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    /// <summary>Instants whose local reading, at one wall offset, lies inside a block.</summary>
    private readonly record struct Stretch(Instant Start, Instant End, Offset Offset);

    /// <summary>What every start must meet: [Earliest, End), and room for a session of Duration.</summary>
    private readonly record struct Bounds(Instant Earliest, Instant End, Duration Duration);
}
