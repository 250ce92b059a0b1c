using Mentorship.GraphQL.Features.Scheduling;
using static Mentorship.Tests.Features.Scheduling.Schedules;

namespace Mentorship.Tests.Features.Scheduling;

public sealed class SlotCalculatorTests
{
    // 2026-03-02 is a Monday.
    private static readonly WeeklySchedule MondayMorningUtc = In("UTC", Block(DayOfWeek.Monday, "09:00", "12:00"));

    [Fact]
    public void A_block_offers_every_quarter_hour_start_whose_session_fits_inside_it()
    {
        var schedule = In("UTC", Block(DayOfWeek.Monday, "09:00", "10:30"));

        var slots = Slots(schedule, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", 60);

        Assert.Equal(new[] { "2026-03-02T09:00+00:00", "2026-03-02T09:15+00:00", "2026-03-02T09:30+00:00" }, LocalStarts(slots, schedule, 60));
        Assert.Equal(new Slot(At("2026-03-02T09:30:00Z"), At("2026-03-02T10:30:00Z")), slots[^1]);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-22", "+01:00", "2026-03-29", "+02:00")]
    [InlineData("Europe/Berlin", "2026-10-18", "+02:00", "2026-10-25", "+01:00")]
    [InlineData("America/New_York", "2026-03-01", "-05:00", "2026-03-08", "-04:00")]
    [InlineData("America/New_York", "2026-10-25", "-04:00", "2026-11-01", "-05:00")]
    [InlineData("Australia/Lord_Howe", "2026-03-29", "+11:00", "2026-04-05", "+10:30")]
    [InlineData("Australia/Lord_Howe", "2026-09-27", "+10:30", "2026-10-04", "+11:00")]
    public void A_15_to_17_block_stays_at_15_local_across_a_clock_change(
        string zone, string sundayBefore, string offsetBefore, string changeSunday, string offsetAfter)
    {
        var schedule = In(zone, Block(DayOfWeek.Sunday, "15:00", "17:00"));

        var slots = Slots(schedule, $"{sundayBefore}T00:00:00{offsetBefore}", $"{changeSunday}T23:59:00{offsetAfter}", 90);

        Assert.Equal(
            new[]
            {
                $"{sundayBefore}T15:00{offsetBefore}", $"{sundayBefore}T15:15{offsetBefore}", $"{sundayBefore}T15:30{offsetBefore}",
                $"{changeSunday}T15:00{offsetAfter}", $"{changeSunday}T15:15{offsetAfter}", $"{changeSunday}T15:30{offsetAfter}",
            },
            LocalStarts(slots, schedule, 90));
    }

    [Fact]
    public void The_same_local_hour_is_a_different_UTC_hour_after_the_change()
    {
        var schedule = In("Europe/Berlin", Block(DayOfWeek.Sunday, "15:00", "16:00"));

        var slots = Slots(schedule, "2026-03-22T00:00:00Z", "2026-03-30T00:00:00Z", 60);

        Assert.Equal(
            new[]
            {
                new Slot(At("2026-03-22T14:00:00Z"), At("2026-03-22T15:00:00Z")),
                new Slot(At("2026-03-29T13:00:00Z"), At("2026-03-29T14:00:00Z")),
            },
            slots);
    }

    [Fact]
    public void New_York_spring_forward_offers_nothing_in_the_skipped_hour()
    {
        // 2026-03-08: at 02:00 EST the clocks jump to 03:00 EDT. The block lasts two hours of elapsed time that day.
        var schedule = In("America/New_York", Block(DayOfWeek.Sunday, "01:00", "04:00"));

        var slots = Slots(schedule, "2026-03-08T00:00:00-05:00", "2026-03-09T00:00:00-04:00", 30);

        Assert.Equal(
            new[]
            {
                "2026-03-08T01:00-05:00", "2026-03-08T01:15-05:00", "2026-03-08T01:30-05:00", "2026-03-08T01:45-05:00",
                "2026-03-08T03:00-04:00", "2026-03-08T03:15-04:00", "2026-03-08T03:30-04:00",
            },
            LocalStarts(slots, schedule, 30));

        // 01:45 EST plus thirty minutes is 03:15 EDT on the wall.
        Assert.Equal(At("2026-03-08T03:15:00-04:00"), slots[3].EndsAt);
    }

    [Fact]
    public void Berlin_spring_forward_offers_nothing_in_the_skipped_hour()
    {
        // 2026-03-29: at 02:00 CET the clocks jump to 03:00 CEST.
        var schedule = In("Europe/Berlin", Block(DayOfWeek.Sunday, "01:00", "04:00"));

        var slots = Slots(schedule, "2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00", 60);

        Assert.Equal(
            new[] { "2026-03-29T01:00+01:00", "2026-03-29T01:15+01:00", "2026-03-29T01:30+01:00", "2026-03-29T01:45+01:00", "2026-03-29T03:00+02:00" },
            LocalStarts(slots, schedule, 60));
    }

    [Fact]
    public void A_block_inside_the_skipped_hour_offers_nothing_that_day_only()
    {
        var schedule = In("America/New_York", Block(DayOfWeek.Sunday, "02:00", "03:00"));

        var slots = Slots(schedule, "2026-03-01T00:00:00-05:00", "2026-03-09T00:00:00-04:00", 15);

        Assert.Equal(
            new[] { "2026-03-01T02:00-05:00", "2026-03-01T02:15-05:00", "2026-03-01T02:30-05:00", "2026-03-01T02:45-05:00" },
            LocalStarts(slots, schedule, 15));
    }

    [Fact]
    public void New_York_fall_back_offers_the_repeated_hour_twice_without_duplicates()
    {
        // 2026-11-01: at 02:00 EDT the clocks go back to 01:00 EST, so 01:00–02:00 happens twice and the block lasts
        // three hours. Each repeated local time is two instants, each offered once.
        var schedule = In("America/New_York", Block(DayOfWeek.Sunday, "00:30", "02:30"));

        var slots = Slots(schedule, "2026-11-01T00:00:00-04:00", "2026-11-02T00:00:00-05:00", 60);

        Assert.Equal(
            new[]
            {
                "2026-11-01T00:30-04:00", "2026-11-01T00:45-04:00", "2026-11-01T01:00-04:00", "2026-11-01T01:15-04:00",
                "2026-11-01T01:30-04:00", "2026-11-01T01:45-04:00", "2026-11-01T01:00-05:00", "2026-11-01T01:15-05:00",
                "2026-11-01T01:30-05:00",
            },
            LocalStarts(slots, schedule, 60));
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(15), pair.Second.StartsAt - pair.First.StartsAt));
    }

    [Theory]
    [InlineData(15, new[] { "2026-11-01T01:15-04:00", "2026-11-01T01:30-04:00", "2026-11-01T01:15-05:00", "2026-11-01T01:30-05:00" })]
    [InlineData(30, new[] { "2026-11-01T01:15-04:00", "2026-11-01T01:15-05:00" })]
    [InlineData(45, new string[0])]
    public void A_block_inside_the_repeated_hour_is_two_separate_stretches(int durationMinutes, string[] expected)
    {
        // Between 01:45 EDT and 01:15 EST the wall reads 01:45–02:00 and 01:00–01:15: outside the block, so no
        // session bridges the two half-hours.
        var schedule = In("America/New_York", Block(DayOfWeek.Sunday, "01:15", "01:45"));

        var slots = Slots(schedule, "2026-11-01T00:00:00-04:00", "2026-11-02T00:00:00-05:00", durationMinutes);

        Assert.Equal(expected, LocalStarts(slots, schedule, durationMinutes));
    }

    [Fact]
    public void Berlin_fall_back_offers_the_repeated_hour_twice_without_duplicates()
    {
        // 2026-10-25: at 03:00 CEST the clocks go back to 02:00 CET. A week earlier the block is one hour long.
        var schedule = In("Europe/Berlin", Block(DayOfWeek.Sunday, "02:00", "03:00"));

        var slots = Slots(schedule, "2026-10-18T00:00:00+02:00", "2026-10-26T00:00:00+01:00", 60);

        Assert.Equal(
            new[]
            {
                "2026-10-18T02:00+02:00",
                "2026-10-25T02:00+02:00", "2026-10-25T02:15+02:00", "2026-10-25T02:30+02:00", "2026-10-25T02:45+02:00",
                "2026-10-25T02:00+01:00",
            },
            LocalStarts(slots, schedule, 60));
    }

    [Fact]
    public void Lord_Howe_half_hour_fall_back_repeats_half_an_hour()
    {
        // 2026-04-05: at 02:00 (+11:00) the clocks go back to 01:30 (+10:30).
        var schedule = In("Australia/Lord_Howe", Block(DayOfWeek.Sunday, "01:00", "03:00"));

        var slots = Slots(schedule, "2026-04-05T00:00:00+11:00", "2026-04-06T00:00:00+10:30", 30);

        Assert.Equal(
            new[]
            {
                "2026-04-05T01:00+11:00", "2026-04-05T01:15+11:00", "2026-04-05T01:30+11:00", "2026-04-05T01:45+11:00",
                "2026-04-05T01:30+10:30", "2026-04-05T01:45+10:30", "2026-04-05T02:00+10:30", "2026-04-05T02:15+10:30",
                "2026-04-05T02:30+10:30",
            },
            LocalStarts(slots, schedule, 30));
    }

    [Fact]
    public void Lord_Howe_half_hour_spring_forward_skips_half_an_hour()
    {
        // 2026-10-04: at 02:00 (+10:30) the clocks jump to 02:30 (+11:00).
        var schedule = In("Australia/Lord_Howe", Block(DayOfWeek.Sunday, "01:00", "04:00"));

        var slots = Slots(schedule, "2026-10-04T00:00:00+10:30", "2026-10-05T00:00:00+11:00", 60);

        Assert.Equal(
            new[]
            {
                "2026-10-04T01:00+10:30", "2026-10-04T01:15+10:30", "2026-10-04T01:30+10:30", "2026-10-04T01:45+10:30",
                "2026-10-04T02:30+11:00", "2026-10-04T02:45+11:00", "2026-10-04T03:00+11:00",
            },
            LocalStarts(slots, schedule, 60));
    }

    [Fact]
    public void Kathmandu_slots_sit_on_its_own_quarter_hours()
    {
        var schedule = In("Asia/Kathmandu", Block(DayOfWeek.Monday, "09:00", "10:00"));

        var slots = Slots(schedule, "2026-03-02T00:00:00+05:45", "2026-03-03T00:00:00+05:45", 30);

        Assert.Equal(
            new[] { "2026-03-02T09:00+05:45", "2026-03-02T09:15+05:45", "2026-03-02T09:30+05:45" },
            LocalStarts(slots, schedule, 30));
        Assert.Equal(At("2026-03-02T03:15:00Z"), slots[0].StartsAt);
    }

    [Fact]
    public void Santiago_midnight_fall_back_makes_the_evening_block_three_hours_long()
    {
        // 2026-04-05 00:00 (-03:00) becomes 2026-04-04 23:00 (-04:00): Saturday's last hour happens twice.
        var schedule = In("America/Santiago", Block(DayOfWeek.Saturday, "22:00", "00:00"), Block(DayOfWeek.Sunday, "00:00", "01:00"));

        var slots = Slots(schedule, "2026-04-04T12:00:00-03:00", "2026-04-05T12:00:00-04:00", 60);

        Assert.Equal(
            new[]
            {
                "2026-04-04T22:00-03:00", "2026-04-04T22:15-03:00", "2026-04-04T22:30-03:00", "2026-04-04T22:45-03:00",
                "2026-04-04T23:00-03:00", "2026-04-04T23:15-03:00", "2026-04-04T23:30-03:00", "2026-04-04T23:45-03:00",
                "2026-04-04T23:00-04:00", "2026-04-05T00:00-04:00",
            },
            LocalStarts(slots, schedule, 60));
    }

    [Fact]
    public void Santiago_skipped_midnight_starts_the_sunday_block_when_the_clocks_do()
    {
        // 2026-09-06 00:00 (-04:00) becomes 01:00 (-03:00): Sunday 00:00–01:00 never happens.
        var schedule = In("America/Santiago", Block(DayOfWeek.Saturday, "22:00", "00:00"), Block(DayOfWeek.Sunday, "00:00", "02:00"));

        var slots = Slots(schedule, "2026-09-05T12:00:00-04:00", "2026-09-06T12:00:00-03:00", 60);

        Assert.Equal(
            new[]
            {
                "2026-09-05T22:00-04:00", "2026-09-05T22:15-04:00", "2026-09-05T22:30-04:00", "2026-09-05T22:45-04:00",
                "2026-09-05T23:00-04:00", "2026-09-06T01:00-03:00",
            },
            LocalStarts(slots, schedule, 60));
    }

    [Theory]
    [InlineData("2026-03-02T07:00:00Z", "2026-03-02T09:00+00:00", 9)]
    [InlineData("2026-03-02T07:00:01Z", "2026-03-02T09:15+00:00", 8)]
    [InlineData("2026-03-02T07:07:00Z", "2026-03-02T09:15+00:00", 8)]
    [InlineData("2026-03-02T08:50:00Z", "2026-03-02T11:00+00:00", 1)]
    public void Slots_start_at_least_two_hours_after_now(string now, string firstStart, int count)
    {
        var slots = Slots(MondayMorningUtc, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", 60, now: At(now));

        var starts = LocalStarts(slots, MondayMorningUtc, 60);
        Assert.Equal(firstStart, starts[0]);
        Assert.Equal(count, starts.Length);
        Assert.Equal("2026-03-02T11:00+00:00", starts[^1]);
    }

    [Fact]
    public void Nothing_is_offered_when_every_start_is_within_the_lead_time()
    {
        var slots = Slots(MondayMorningUtc, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", 60, now: At("2026-03-02T09:01:00Z"));

        Assert.Empty(slots);
    }

    [Fact]
    public void A_booked_session_removes_the_slots_it_overlaps_and_touching_ones_stay()
    {
        var slots = Slots(
            MondayMorningUtc, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", 60, [Booked("2026-03-02T10:00:00Z", "2026-03-02T10:30:00Z")]);

        Assert.Equal(
            new[] { "2026-03-02T09:00+00:00", "2026-03-02T10:30+00:00", "2026-03-02T10:45+00:00", "2026-03-02T11:00+00:00" },
            LocalStarts(slots, MondayMorningUtc, 60));
    }

    [Fact]
    public void Booked_sessions_in_any_order_and_overlapping_each_other_are_all_respected()
    {
        BookedTime[] booked =
        [
            Booked("2026-03-02T11:30:00Z", "2026-03-02T12:30:00Z"),
            Booked("2026-03-02T09:15:00Z", "2026-03-02T09:45:00Z"),
            Booked("2026-03-02T08:30:00Z", "2026-03-02T09:30:00Z"),
            Booked("2026-03-01T09:00:00Z", "2026-03-01T10:00:00Z"),
        ];

        var slots = Slots(MondayMorningUtc, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", 30, booked);

        Assert.Equal(
            new[] { "2026-03-02T09:45+00:00", "2026-03-02T10:00+00:00", "2026-03-02T10:15+00:00", "2026-03-02T10:30+00:00", "2026-03-02T10:45+00:00", "2026-03-02T11:00+00:00" },
            LocalStarts(slots, MondayMorningUtc, 30));
    }

    [Fact]
    public void A_booking_given_at_another_offset_is_compared_as_the_same_instant()
    {
        var schedule = In("Europe/Berlin", Block(DayOfWeek.Monday, "09:00", "11:00"));

        // 03:30–04:00 in New York is 09:30–10:00 in Berlin.
        var slots = Slots(schedule, "2026-03-02T00:00:00+01:00", "2026-03-03T00:00:00+01:00", 30, [Booked("2026-03-02T03:30:00-05:00", "2026-03-02T04:00:00-05:00")]);

        Assert.Equal(
            new[] { "2026-03-02T09:00+01:00", "2026-03-02T10:00+01:00", "2026-03-02T10:15+01:00", "2026-03-02T10:30+01:00" },
            LocalStarts(slots, schedule, 30));
    }

    [Fact]
    public void Slots_are_those_that_start_in_the_range_and_may_end_after_it()
    {
        var slots = Slots(MondayMorningUtc, "2026-03-02T09:30:00Z", "2026-03-02T10:30:00Z", 60);

        Assert.Equal(
            new[] { "2026-03-02T09:30+00:00", "2026-03-02T09:45+00:00", "2026-03-02T10:00+00:00", "2026-03-02T10:15+00:00" },
            LocalStarts(slots, MondayMorningUtc, 60));
    }

    [Fact]
    public void Ranges_that_follow_each_other_list_every_slot_once()
    {
        var whole = Slots(MondayMorningUtc, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", 45);
        var first = Slots(MondayMorningUtc, "2026-03-02T00:00:00Z", "2026-03-02T10:10:00Z", 45);
        var second = Slots(MondayMorningUtc, "2026-03-02T10:10:00Z", "2026-03-03T00:00:00Z", 45);

        Assert.Equal(whole, first.Concat(second));
        Assert.Equal("2026-03-02T10:00+00:00", LocalStarts(first, MondayMorningUtc, 45)[^1]);
    }

    [Theory]
    [InlineData(15, 12, "2026-03-02T11:45+00:00")]
    [InlineData(20, 11, "2026-03-02T11:30+00:00")]
    [InlineData(60, 9, "2026-03-02T11:00+00:00")]
    [InlineData(180, 1, "2026-03-02T09:00+00:00")]
    public void The_duration_decides_the_last_start(int durationMinutes, int count, string lastStart)
    {
        var slots = Slots(MondayMorningUtc, "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", durationMinutes);

        var starts = LocalStarts(slots, MondayMorningUtc, durationMinutes);
        Assert.Equal((count, "2026-03-02T09:00+00:00", lastStart), (starts.Length, starts[0], starts[^1]));
    }

    [Fact]
    public void A_block_ending_at_00_00_runs_until_midnight()
    {
        var schedule = In("Europe/Berlin", Block(DayOfWeek.Sunday, "22:00", "00:00"));

        var slots = Slots(schedule, "2026-03-01T00:00:00+01:00", "2026-03-03T00:00:00+01:00", 60);

        Assert.Equal(
            new[] { "2026-03-01T22:00+01:00", "2026-03-01T22:15+01:00", "2026-03-01T22:30+01:00", "2026-03-01T22:45+01:00", "2026-03-01T23:00+01:00" },
            LocalStarts(slots, schedule, 60));
    }

    [Fact]
    public void A_block_from_00_00_to_00_00_is_the_whole_day()
    {
        var schedule = In("UTC", Block(DayOfWeek.Tuesday, "00:00", "00:00"));

        var starts = LocalStarts(Slots(schedule, "2026-03-02T00:00:00Z", "2026-03-05T00:00:00Z", 180), schedule, 180);

        Assert.Equal((85, "2026-03-03T00:00+00:00", "2026-03-03T21:00+00:00"), (starts.Length, starts[0], starts[^1]));
    }

    [Fact]
    public void A_session_never_spans_two_blocks_even_when_they_touch()
    {
        var schedule = In("UTC", Block(DayOfWeek.Monday, "22:00", "00:00"), Block(DayOfWeek.Tuesday, "00:00", "01:00"));

        var slots = Slots(schedule, "2026-03-02T00:00:00Z", "2026-03-04T00:00:00Z", 60);

        Assert.Equal(
            new[]
            {
                "2026-03-02T22:00+00:00", "2026-03-02T22:15+00:00", "2026-03-02T22:30+00:00", "2026-03-02T22:45+00:00",
                "2026-03-02T23:00+00:00", "2026-03-03T00:00+00:00",
            },
            LocalStarts(slots, schedule, 60));
    }

    [Fact]
    public void Several_blocks_across_days_come_out_in_time_order()
    {
        var schedule = In(
            "America/New_York",
            Block(DayOfWeek.Wednesday, "08:00", "08:30"),
            Block(DayOfWeek.Monday, "17:00", "17:30"),
            Block(DayOfWeek.Monday, "08:00", "08:30"));

        var slots = Slots(schedule, "2026-03-02T00:00:00-05:00", "2026-03-05T00:00:00-05:00", 15);

        Assert.Equal(
            new[]
            {
                "2026-03-02T08:00-05:00", "2026-03-02T08:15-05:00", "2026-03-02T17:00-05:00", "2026-03-02T17:15-05:00",
                "2026-03-04T08:00-05:00", "2026-03-04T08:15-05:00",
            },
            LocalStarts(slots, schedule, 15));
    }

    [Fact]
    public void A_full_31_day_range_across_a_clock_change_is_ascending_and_complete()
    {
        var schedule = In(
            "Europe/Berlin",
            [.. Enum.GetValues<DayOfWeek>().SelectMany(day => new[] { Block(day, "00:00", "03:00"), Block(day, "09:00", "17:00") })]);

        var slots = Slots(schedule, "2026-03-15T00:00:00+01:00", "2026-04-15T00:00:00+02:00", 60);

        // Per day: 9 starts in 00:00–03:00 and 29 in 09:00–17:00; on 29 March the early block has one hour less.
        Assert.Equal((31 * (9 + 29)) - 4, LocalStarts(slots, schedule, 60).Length);
    }

    [Fact]
    public void An_empty_schedule_offers_nothing()
    {
        Assert.Empty(Slots(In("UTC"), "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", 60));
    }

    [Theory]
    [InlineData("2026-03-02T00:00:00Z", "2026-04-02T00:00:00Z", 60, null, null)]
    [InlineData("2026-03-02T00:00:00Z", "2026-04-02T00:00:00.001Z", 60, SchedulingProblemCode.RangeTooLong, "to")]
    [InlineData("2026-03-02T00:00:00Z", "2026-03-02T00:00:00Z", 60, SchedulingProblemCode.EmptyRange, "to")]
    [InlineData("2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z", 60, SchedulingProblemCode.EmptyRange, "to")]
    [InlineData("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", 14, SchedulingProblemCode.DurationOutOfRange, "durationMinutes")]
    [InlineData("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", 181, SchedulingProblemCode.DurationOutOfRange, "durationMinutes")]
    public void The_query_is_checked_before_anything_is_computed(
        string from, string to, int durationMinutes, SchedulingProblemCode? code, string? field)
    {
        var problem = SlotCalculator.CheckQuery(At(from), At(to), durationMinutes);

        Assert.Equal((code, field), (problem?.Code, problem?.Field));
        if (problem is not null)
        {
            Assert.Throws<ArgumentException>(() => SlotCalculator.AvailableSlots(MondayMorningUtc, [], At(from), At(to), durationMinutes, LongBefore));
        }
    }
}
