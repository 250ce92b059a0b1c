using Mentorship.GraphQL.Features.Scheduling;
using static Mentorship.Tests.Features.Scheduling.Schedules;

namespace Mentorship.Tests.Features.Scheduling;

public sealed class BookingRuleTests
{
    private static readonly WeeklySchedule MondayMorningUtc = In("UTC", Block(DayOfWeek.Monday, "09:00", "12:00"));

    private static SchedulingProblemCode? Check(WeeklySchedule schedule, string startsAt, int durationMinutes, DateTimeOffset? now = null) =>
        BookingRule.Check(schedule, At(startsAt), durationMinutes, now ?? LongBefore)?.Code;

    [Theory]
    [InlineData("2026-03-02T09:00:00Z", 60)]
    [InlineData("2026-03-02T11:00:00Z", 60)]
    [InlineData("2026-03-02T09:00:00Z", 180)]
    [InlineData("2026-03-02T11:45:00Z", 15)]
    [InlineData("2026-03-02T10:00:00+01:00", 20)]
    public void A_session_inside_a_block_on_the_grid_can_be_booked(string startsAt, int durationMinutes)
    {
        Assert.Null(Check(MondayMorningUtc, startsAt, durationMinutes));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(181)]
    [InlineData(0)]
    public void The_duration_must_be_15_to_180_minutes(int durationMinutes)
    {
        var problem = BookingRule.Check(MondayMorningUtc, At("2026-03-02T09:00:00Z"), durationMinutes, LongBefore);

        Assert.Equal((SchedulingProblemCode.DurationOutOfRange, "durationMinutes"), (problem?.Code, problem?.Field));
    }

    [Theory]
    [InlineData("2026-03-02T09:05:00Z")]
    [InlineData("2026-03-02T09:00:30Z")]
    [InlineData("2026-03-02T09:00:00.001Z")]
    public void The_start_must_be_on_the_quarter_hour(string startsAt)
    {
        var problem = BookingRule.Check(MondayMorningUtc, At(startsAt), 30, LongBefore);

        Assert.Equal((SchedulingProblemCode.OffGrid, "startsAt"), (problem?.Code, problem?.Field));
    }

    [Fact]
    public void The_quarter_hour_is_the_mentors_local_one()
    {
        var kathmandu = In("Asia/Kathmandu", Block(DayOfWeek.Monday, "09:00", "10:00"));

        Assert.Null(Check(kathmandu, "2026-03-02T09:15:00+05:45", 30));
        Assert.Null(Check(kathmandu, "2026-03-02T03:30:00Z", 30));
        Assert.Equal(SchedulingProblemCode.OffGrid, Check(kathmandu, "2026-03-02T09:05:00+05:45", 30));
        Assert.Equal(SchedulingProblemCode.OutsideAvailability, Check(kathmandu, "2026-03-02T03:00:00Z", 30));
    }

    [Theory]
    [InlineData("2026-03-02T07:00:00Z", null)]
    [InlineData("2026-03-02T07:00:01Z", SchedulingProblemCode.TooSoon)]
    [InlineData("2026-03-02T09:30:00Z", SchedulingProblemCode.TooSoon)]
    public void The_start_must_be_at_least_two_hours_ahead(string now, SchedulingProblemCode? expected)
    {
        Assert.Equal(expected, Check(MondayMorningUtc, "2026-03-02T09:00:00Z", 60, At(now)));
    }

    [Theory]
    [InlineData("2026-03-02T08:45:00Z", 30)]
    [InlineData("2026-03-02T11:30:00Z", 60)]
    [InlineData("2026-03-02T12:00:00Z", 15)]
    [InlineData("2026-03-03T09:00:00Z", 15)]
    public void A_session_reaching_outside_the_block_is_refused(string startsAt, int durationMinutes)
    {
        var problem = BookingRule.Check(MondayMorningUtc, At(startsAt), durationMinutes, LongBefore);

        Assert.Equal((SchedulingProblemCode.OutsideAvailability, "startsAt"), (problem?.Code, problem?.Field));
    }

    [Fact]
    public void A_session_may_span_a_skipped_hour_measured_in_elapsed_time()
    {
        var schedule = In("America/New_York", Block(DayOfWeek.Sunday, "01:00", "04:00"));

        Assert.Null(Check(schedule, "2026-03-08T01:45:00-05:00", 30));
        Assert.Null(Check(schedule, "2026-03-08T01:00:00-05:00", 120));
        Assert.Equal(SchedulingProblemCode.OutsideAvailability, Check(schedule, "2026-03-08T01:15:00-05:00", 120));
    }

    [Fact]
    public void Either_pass_of_a_repeated_hour_can_be_booked_when_the_block_covers_it()
    {
        var schedule = In("America/New_York", Block(DayOfWeek.Sunday, "00:30", "02:30"));

        Assert.Null(Check(schedule, "2026-11-01T01:30:00-04:00", 60));
        Assert.Null(Check(schedule, "2026-11-01T01:30:00-05:00", 60));
        Assert.Null(Check(schedule, "2026-11-01T00:30:00-04:00", 180));
        Assert.Equal(SchedulingProblemCode.OutsideAvailability, Check(schedule, "2026-11-01T01:45:00-05:00", 60));
    }

    [Fact]
    public void A_session_cannot_bridge_the_two_passes_of_a_block_inside_the_repeated_hour()
    {
        var schedule = In("America/New_York", Block(DayOfWeek.Sunday, "01:15", "01:45"));

        Assert.Null(Check(schedule, "2026-11-01T01:15:00-04:00", 30));
        Assert.Null(Check(schedule, "2026-11-01T01:15:00-05:00", 30));
        Assert.Equal(SchedulingProblemCode.OutsideAvailability, Check(schedule, "2026-11-01T01:15:00-04:00", 45));
    }

    public static TheoryData<string, string, string, string> ClockChanges => new()
    {
        { "America/New_York", "2026-03-07T00:00:00-05:00", "2026-03-10T00:00:00-04:00", "01:00-04:00 21:30-00:00" },
        { "America/New_York", "2026-10-31T00:00:00-04:00", "2026-11-03T00:00:00-05:00", "00:00-01:15 01:15-01:45 02:00-04:00" },
        { "Europe/Berlin", "2026-03-28T00:00:00+01:00", "2026-03-31T00:00:00+02:00", "01:00-02:15 02:15-03:00 03:00-04:00" },
        { "Europe/Berlin", "2026-10-24T00:00:00+02:00", "2026-10-27T00:00:00+01:00", "02:00-03:00 22:00-00:00" },
        { "Australia/Lord_Howe", "2026-04-04T00:00:00+11:00", "2026-04-07T00:00:00+10:30", "01:00-01:30 01:30-02:00 02:00-03:00" },
        { "Australia/Lord_Howe", "2026-10-03T00:00:00+10:30", "2026-10-06T00:00:00+11:00", "01:00-02:00 02:00-02:30 02:30-04:00" },
        { "America/Santiago", "2026-04-04T00:00:00-03:00", "2026-04-07T00:00:00-04:00", "22:00-00:00 00:00-01:00" },
        { "America/Santiago", "2026-09-05T00:00:00-04:00", "2026-09-08T00:00:00-03:00", "22:00-00:00 00:00-02:00" },
        { "Asia/Kathmandu", "2026-03-01T00:00:00+05:45", "2026-03-04T00:00:00+05:45", "09:00-11:00 22:15-00:00" },
    };

    [Theory]
    [MemberData(nameof(ClockChanges))]
    public void A_booking_is_allowed_exactly_when_it_would_be_offered_as_a_slot(string zone, string from, string to, string dailyBlocks)
    {
        // The same blocks on every day of the week: the transition day and its neighbours all have them.
        var times = dailyBlocks.Split(' ').Select(range => range.Split('-')).ToArray();
        var schedule = In(zone, [.. Enum.GetValues<DayOfWeek>().SelectMany(day => times.Select(t => Block(day, t[0], t[1])))]);
        Assert.Null(AvailabilityRules.Check(zone, schedule.Blocks));
        var now = At(from).AddDays(-1);
        Assert.NotEmpty(Slots(schedule, from, to, 15, now: now));

        foreach (var durationMinutes in new[] { 15, 20, 45, 60, 90 })
        {
            var offered = Slots(schedule, from, to, durationMinutes, now: now).Select(s => s.StartsAt).ToHashSet();
            for (var startsAt = At(from); startsAt < At(to); startsAt = startsAt.AddMinutes(5))
            {
                var allowed = BookingRule.Check(schedule, startsAt, durationMinutes, now) is null;
                Assert.True(allowed == offered.Contains(startsAt), $"{startsAt:O} for {durationMinutes} minutes: booking {(allowed ? "allowed" : "refused")}");
            }
        }
    }
}
