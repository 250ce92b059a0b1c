using System.Globalization;
using Mentorship.Data;

namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>
/// What a weekly schedule must be before it replaces a mentor's: a known zone, at most
/// <see cref="AvailabilityLimits.MaxBlocks"/> blocks, each on the grid with its end after its start, and no two
/// blocks of one day overlapping (touching is fine). Sorting finds overlaps, so checking takes O(n log n).
/// </summary>
public static class AvailabilityRules
{
    private const string GridRule = "blocks begin and end on the quarter hour (:00, :15, :30, :45) with zero seconds.";

    private static readonly long GridTicks = TimeSpan.FromMinutes(SessionLimits.GridMinutes).Ticks;

    /// <summary>The first problem found, or null when the schedule may be stored. Block problems name the block's index.</summary>
    public static SchedulingProblem? Check(string timeZone, IReadOnlyList<WeeklyBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(blocks);
        if (WeeklySchedule.FindZone(timeZone) is null)
        {
            return new SchedulingProblem(
                SchedulingProblemCode.UnknownTimeZone, "timeZone", $"'{timeZone}' is not an IANA time zone name such as Europe/Berlin or UTC.");
        }

        // Counted before any block is read, so an oversized list costs nothing more.
        if (blocks.Count > AvailabilityLimits.MaxBlocks)
        {
            return new SchedulingProblem(
                SchedulingProblemCode.TooManyBlocks,
                "blocks",
                $"At most {AvailabilityLimits.MaxBlocks} blocks; {blocks.Count.ToString(CultureInfo.InvariantCulture)} were given.");
        }

        for (var index = 0; index < blocks.Count; index++)
        {
            if (BlockProblem(blocks[index], index) is { } problem)
            {
                return problem;
            }
        }

        return OverlapProblem(blocks);
    }

    private static SchedulingProblem? BlockProblem(WeeklyBlock block, int index)
    {
        if (!Enum.IsDefined(block.DayOfWeek))
        {
            return ForBlock(SchedulingProblemCode.UnknownDayOfWeek, index, "dayOfWeek", $"Block {index} has no day of the week.");
        }

        if (block.StartTime.Ticks % GridTicks != 0)
        {
            return ForBlock(SchedulingProblemCode.OffGrid, index, "startTime", $"Block {index} starts at {Show(block.StartTime)}; {GridRule}");
        }

        if (block.EndTime.Ticks % GridTicks != 0)
        {
            return ForBlock(SchedulingProblemCode.OffGrid, index, "endTime", $"Block {index} ends at {Show(block.EndTime)}; {GridRule}");
        }

        return block.StartTime.ToTimeSpan() < block.EndOfDayOffset
            ? null
            : ForBlock(
                SchedulingProblemCode.EndNotAfterStart,
                index,
                "endTime",
                $"Block {index} ends at {Show(block.EndTime)}, not after its start {Show(block.StartTime)}; an end of 00:00 means midnight.");
    }

    private static SchedulingProblem? OverlapProblem(IReadOnlyList<WeeklyBlock> blocks)
    {
        var order = Enumerable.Range(0, blocks.Count)
            .OrderBy(i => IsoDay(blocks[i].DayOfWeek))
            .ThenBy(i => blocks[i].StartTime)
            .ToArray();

        // Sorted by day and start, blocks overlap somewhere only if two neighbours do.
        for (var k = 1; k < order.Length; k++)
        {
            var (before, after) = (blocks[order[k - 1]], blocks[order[k]]);
            if (before.DayOfWeek == after.DayOfWeek && before.EndOfDayOffset > after.StartTime.ToTimeSpan())
            {
                var (index, other) = (Math.Max(order[k - 1], order[k]), Math.Min(order[k - 1], order[k]));
                return new SchedulingProblem(
                    SchedulingProblemCode.OverlappingBlocks,
                    $"blocks[{index}]",
                    $"Blocks {other} and {index} overlap on {after.DayOfWeek}: "
                    + $"{Show(before.StartTime)}–{Show(before.EndTime)} and {Show(after.StartTime)}–{Show(after.EndTime)}.")
                {
                    BlockIndex = index,
                    OtherBlockIndex = other,
                };
            }
        }

        return null;
    }

    private static SchedulingProblem ForBlock(SchedulingProblemCode code, int index, string field, string message) =>
        new(code, $"blocks[{index}].{field}", message) { BlockIndex = index };

    private static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    private static string Show(TimeOnly time) => time.ToString(time.Second == 0 && time.Millisecond == 0 ? "HH:mm" : "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
