using System.Collections;
using Mentorship.Data;
using Mentorship.GraphQL.Features.Scheduling;
using static Mentorship.Tests.Features.Scheduling.Schedules;

namespace Mentorship.Tests.Features.Scheduling;

public sealed class AvailabilityRulesTests
{
    [Fact]
    public void A_schedule_of_touching_blocks_a_midnight_end_and_a_whole_day_is_accepted()
    {
        WeeklyBlock[] blocks =
        [
            Block(DayOfWeek.Monday, "09:00", "10:00"),
            Block(DayOfWeek.Monday, "10:00", "11:30"),
            Block(DayOfWeek.Monday, "22:00", "00:00"),
            Block(DayOfWeek.Tuesday, "00:00", "00:00"),
            Block(DayOfWeek.Sunday, "09:30", "10:30"),
        ];

        Assert.Null(AvailabilityRules.Check("Europe/Berlin", blocks));
    }

    [Fact]
    public void An_empty_schedule_is_accepted()
    {
        Assert.Null(AvailabilityRules.Check("UTC", []));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("europe/berlin")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("CET")]
    [InlineData("")]
    public void The_time_zone_must_be_an_IANA_name(string timeZone)
    {
        var problem = AvailabilityRules.Check(timeZone, [Block(DayOfWeek.Monday, "09:00", "10:00")]);

        Assert.Equal((SchedulingProblemCode.UnknownTimeZone, "timeZone"), (problem?.Code, problem?.Field));
    }

    [Theory]
    [InlineData("Asia/Kathmandu")]
    [InlineData("Australia/Lord_Howe")]
    [InlineData("America/Argentina/Buenos_Aires")]
    [InlineData("UTC")]
    public void IANA_location_names_and_UTC_are_accepted(string timeZone)
    {
        Assert.Null(AvailabilityRules.Check(timeZone, []));
    }

    [Fact]
    public void Fifty_blocks_are_accepted()
    {
        var blocks = Enumerable.Range(0, AvailabilityLimits.MaxBlocks)
            .Select(i => new WeeklyBlock((DayOfWeek)(i % 7), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(15 * (i / 7) * 2)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes((15 * (i / 7) * 2) + 15))))
            .ToArray();

        Assert.Null(AvailabilityRules.Check("UTC", blocks));
    }

    [Fact]
    public void More_than_fifty_blocks_are_refused_before_any_block_is_read()
    {
        var problem = AvailabilityRules.Check("UTC", new UnreadableBlocks(AvailabilityLimits.MaxBlocks + 1));

        Assert.Equal((SchedulingProblemCode.TooManyBlocks, "blocks"), (problem?.Code, problem?.Field));
        Assert.Null(problem?.BlockIndex);
    }

    [Theory]
    [InlineData("09:10", "10:00", "blocks[1].startTime")]
    [InlineData("09:00:30", "10:00", "blocks[1].startTime")]
    [InlineData("09:00", "10:05", "blocks[1].endTime")]
    [InlineData("09:00", "23:59:59", "blocks[1].endTime")]
    public void Block_edges_must_be_on_the_quarter_hour(string start, string end, string field)
    {
        var problem = AvailabilityRules.Check("UTC", [Block(DayOfWeek.Monday, "07:00", "08:00"), Block(DayOfWeek.Monday, start, end)]);

        Assert.Equal((SchedulingProblemCode.OffGrid, field, 1), (problem?.Code, problem?.Field, problem?.BlockIndex));
    }

    [Theory]
    [InlineData("10:00", "09:00")]
    [InlineData("10:00", "10:00")]
    public void A_block_must_end_after_it_starts(string start, string end)
    {
        var problem = AvailabilityRules.Check("UTC", [Block(DayOfWeek.Friday, start, end)]);

        Assert.Equal((SchedulingProblemCode.EndNotAfterStart, "blocks[0].endTime", 0), (problem?.Code, problem?.Field, problem?.BlockIndex));
    }

    [Fact]
    public void A_day_must_be_a_day_of_the_week()
    {
        var problem = AvailabilityRules.Check("UTC", [new WeeklyBlock((DayOfWeek)7, new TimeOnly(9, 0), new TimeOnly(10, 0))]);

        Assert.Equal((SchedulingProblemCode.UnknownDayOfWeek, "blocks[0].dayOfWeek"), (problem?.Code, problem?.Field));
    }

    [Theory]
    [InlineData("09:00", "10:30", "10:00", "11:00")]
    [InlineData("09:00", "17:00", "10:00", "11:00")]
    [InlineData("10:00", "11:00", "09:00", "17:00")]
    [InlineData("09:00", "10:00", "09:00", "10:00")]
    [InlineData("22:00", "00:00", "23:00", "23:30")]
    [InlineData("00:00", "00:00", "12:00", "12:15")]
    public void Two_blocks_of_one_day_may_not_overlap(string firstStart, string firstEnd, string secondStart, string secondEnd)
    {
        WeeklyBlock[] blocks =
        [
            Block(DayOfWeek.Wednesday, firstStart, firstEnd),
            Block(DayOfWeek.Thursday, "09:00", "17:00"),
            Block(DayOfWeek.Wednesday, secondStart, secondEnd),
        ];

        var problem = AvailabilityRules.Check("UTC", blocks);

        Assert.Equal(
            (SchedulingProblemCode.OverlappingBlocks, "blocks[2]", 2, 0),
            (problem?.Code, problem?.Field, problem?.BlockIndex, problem?.OtherBlockIndex));
    }

    [Fact]
    public void The_same_hours_on_different_days_do_not_overlap()
    {
        var blocks = Enum.GetValues<DayOfWeek>().Select(day => Block(day, "09:00", "17:00")).ToArray();

        Assert.Null(AvailabilityRules.Check("UTC", blocks));
    }

    [Fact]
    public void Among_many_blocks_the_overlapping_pair_is_named()
    {
        var blocks = Enumerable.Range(0, 40).Select(i => Block(DayOfWeek.Saturday, $"{i / 4:00}:{i % 4 * 15:00}", i % 4 == 3 ? $"{(i / 4) + 1:00}:00" : $"{i / 4:00}:{(i % 4 * 15) + 15:00}")).ToList();
        blocks.Insert(17, Block(DayOfWeek.Saturday, "05:15", "05:45"));

        var problem = AvailabilityRules.Check("UTC", blocks);

        Assert.Equal((SchedulingProblemCode.OverlappingBlocks, 22, 17), (problem?.Code, problem?.BlockIndex, problem?.OtherBlockIndex));
    }

    /// <summary>A list that knows its length but fails when an item is read.</summary>
    private sealed class UnreadableBlocks(int count) : IReadOnlyList<WeeklyBlock>
    {
        public int Count => count;

        public WeeklyBlock this[int index] => throw new InvalidOperationException("A block was read.");

        public IEnumerator<WeeklyBlock> GetEnumerator() => throw new InvalidOperationException("The blocks were enumerated.");

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
