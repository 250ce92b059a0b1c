using Mentorship.Tests.Features.Sessions;
using Mentorship.Tests.Infrastructure;
using NodaTime;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Scheduling;

public sealed class AvailableSlotsTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task An_anonymous_visitor_sees_starts_on_the_quarter_hour_inside_a_block_in_the_mentors_zone()
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Asia/Tokyo", Block("TUESDAY", "09:00", "10:30"), Block("TUESDAY", "10:30", "11:00"));
        var tuesday = ClockChanges.Iso(NextLocalDate("Asia/Tokyo", IsoDayOfWeek.Tuesday));
        var from = Instant($"{tuesday}T00:00:00+09:00");

        var starts = await app.Anonymous().SlotStartsAsync(mentor.Id, from, from.AddDays(7));

        // 60 minutes by default; a session never spans two blocks, even touching ones.
        Assert.Equal(
            [$"{tuesday}T09:00+09:00", $"{tuesday}T09:15+09:00", $"{tuesday}T09:30+09:00"],
            starts.Select(s => Schedules.Local(s, DateTimeZoneProviders.Tzdb["Asia/Tokyo"])));
    }

    [Fact]
    public async Task Every_slot_starts_at_least_two_hours_from_now()
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAlwaysAvailableAsync();
        var now = DateTimeOffset.UtcNow;

        var starts = await app.Anonymous().SlotStartsAsync(mentor.Id, now.AddHours(-1), now.AddHours(6), durationMinutes: 30);

        Assert.InRange(starts[0], now.AddHours(2), now.AddHours(2).AddMinutes(16));
        Assert.True(starts.Count >= 14, $"{starts.Count} slots");
    }

    [Fact]
    public async Task A_scheduled_session_takes_its_slots_and_cancelling_it_gives_them_back()
    {
        var (mentee, mentor) = await app.PairAsync();
        var start = DaysAheadAt(2, hour: 12);
        var (from, to) = (start.AddHours(-1), start.AddHours(2));
        var before = await app.Anonymous().SlotStartsAsync(mentor.Id, from, to);

        var sessionId = await mentee.BookedAsync(mentor, start);
        var whileBooked = await app.Anonymous().SlotStartsAsync(mentor.Id, from, to);
        await mentee.CancelAsync(sessionId);
        var afterCancelling = await app.Anonymous().SlotStartsAsync(mentor.Id, from, to);

        // 60-minute slots from start-1h to start+2h; the session [start, start+1h) takes those overlapping it, touching ones stay.
        Assert.Equal(12, before.Count);
        Assert.Equal([from, start.AddHours(1), start.AddHours(1).AddMinutes(15), start.AddHours(1).AddMinutes(30), start.AddHours(1).AddMinutes(45)], whileBooked);
        Assert.Equal(before, afterCancelling);
    }

    [Theory]
    [InlineData(0, 32 * 24 * 60, 60)]
    [InlineData(0, 0, 60)]
    [InlineData(60, 0, 60)]
    [InlineData(0, 60, 14)]
    [InlineData(0, 60, 181)]
    public async Task A_range_over_31_days_or_backwards_or_a_duration_outside_15_to_180_is_BAD_USER_INPUT(int fromMinutes, int toMinutes, int duration)
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAlwaysAvailableAsync();
        var origin = DateTimeOffset.UtcNow.AddDays(1);

        var response = await app.Anonymous().AvailableSlotsAsync(mentor.Id, origin.AddMinutes(fromMinutes), origin.AddMinutes(toMinutes), duration);

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_31_day_range_is_accepted()
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("UTC", Block("MONDAY", "09:00", "10:00"));
        var from = DateTimeOffset.UtcNow.AddDays(1);

        var starts = await app.Anonymous().SlotStartsAsync(mentor.Id, from, from.AddDays(31));

        Assert.InRange(starts.Count, 4, 5);
    }

    [Fact]
    public async Task Someone_who_is_not_an_active_mentor_offers_no_slots()
    {
        var mentee = await app.MenteeAsync();
        var deactivated = await app.MentorAsync();
        await deactivated.SetAlwaysAvailableAsync();
        await app.DeactivateAsync(deactivated.Id);
        var from = DateTimeOffset.UtcNow.AddDays(1);

        Assert.Empty(await app.Anonymous().SlotStartsAsync(mentee.Id, from, from.AddDays(1)));
        Assert.Empty(await app.Anonymous().SlotStartsAsync(deactivated.Id, from, from.AddDays(1)));
        Assert.Empty(await app.Anonymous().SlotStartsAsync(Guid.NewGuid(), from, from.AddDays(1)));
    }

    /// <summary>The next date, at least two days ahead, that falls on <paramref name="day"/> in the zone.</summary>
    private static LocalDate NextLocalDate(string zone, IsoDayOfWeek day) =>
        SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[zone]).Date.PlusDays(2).With(DateAdjusters.NextOrSame(day));
}
