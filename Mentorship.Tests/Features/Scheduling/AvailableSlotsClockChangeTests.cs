using Mentorship.Tests.Infrastructure;
using NodaTime;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Scheduling;

/// <summary>
/// Slots across daylight-saving changes, through the API: a mentor sets a schedule with <c>setWeeklyAvailability</c>
/// and an anonymous visitor asks <c>availableSlots</c> about the zone's next clock change. The engine's own tests
/// (<see cref="SlotCalculatorTests"/>) pin the same rules on fixed dates.
/// </summary>
public sealed class AvailableSlotsClockChangeTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Theory]
    [InlineData("America/New_York", true, "-05:00", "-04:00")]
    [InlineData("America/New_York", false, "-04:00", "-05:00")]
    [InlineData("Europe/Berlin", true, "+01:00", "+02:00")]
    [InlineData("Europe/Berlin", false, "+02:00", "+01:00")]
    public async Task A_15_to_17_block_stays_at_15_local_on_both_sides_of_a_clock_change(string zone, bool forward, string offsetBefore, string offsetAfter)
    {
        var change = ClockChanges.Next(zone, forward);
        var weekBefore = ClockChanges.Plus(change.Date, -7);
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync(zone, Block(ClockChanges.DayOf(change.Date), "15:00", "17:00"));

        var slots = await LocalStartsAsync(mentor, zone, $"{weekBefore}T00:00:00{offsetBefore}", $"{change.Date}T23:59:00{offsetAfter}", 90);

        Assert.Equal((offsetBefore, offsetAfter), (change.Before, change.After));
        Assert.Equal(
            [
                $"{weekBefore}T15:00{offsetBefore}", $"{weekBefore}T15:15{offsetBefore}", $"{weekBefore}T15:30{offsetBefore}",
                $"{change.Date}T15:00{offsetAfter}", $"{change.Date}T15:15{offsetAfter}", $"{change.Date}T15:30{offsetAfter}",
            ],
            slots);
    }

    [Fact]
    public async Task New_York_skipped_hour_offers_no_slots()
    {
        var (date, before, after) = ClockChanges.Next("America/New_York", forward: true);
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("America/New_York", Block(ClockChanges.DayOf(date), "01:00", "04:00"));

        var slots = await LocalStartsAsync(mentor, "America/New_York", $"{date}T00:00:00{before}", $"{ClockChanges.Plus(date, 1)}T00:00:00{after}", 30);

        // At 02:00 EST the clocks jump to 03:00 EDT: nothing reads 02:xx that day.
        Assert.Equal(
            [
                $"{date}T01:00-05:00", $"{date}T01:15-05:00", $"{date}T01:30-05:00", $"{date}T01:45-05:00",
                $"{date}T03:00-04:00", $"{date}T03:15-04:00", $"{date}T03:30-04:00",
            ],
            slots);
    }

    [Fact]
    public async Task New_York_repeated_hour_offers_each_instant_once_and_no_overlapping_slots()
    {
        var (date, before, after) = ClockChanges.Next("America/New_York", forward: false);
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("America/New_York", Block(ClockChanges.DayOf(date), "00:30", "02:30"));

        var (slots, instants) = await SlotsAsync(mentor, "America/New_York", $"{date}T00:00:00{before}", $"{ClockChanges.Plus(date, 1)}T00:00:00{after}", 15);

        // At 02:00 EDT the clocks go back to 01:00 EST: 01:00–02:00 happens twice, each time offered once.
        Assert.Equal(
            [
                $"{date}T00:30-04:00", $"{date}T00:45-04:00", $"{date}T01:00-04:00", $"{date}T01:15-04:00", $"{date}T01:30-04:00", $"{date}T01:45-04:00",
                $"{date}T01:00-05:00", $"{date}T01:15-05:00", $"{date}T01:30-05:00", $"{date}T01:45-05:00", $"{date}T02:00-05:00", $"{date}T02:15-05:00",
            ],
            slots);
        AssertNoneOverlap(instants);
    }

    [Fact]
    public async Task Berlin_skipped_hour_offers_no_slots()
    {
        var (date, before, after) = ClockChanges.Next("Europe/Berlin", forward: true);
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Europe/Berlin", Block(ClockChanges.DayOf(date), "01:00", "04:00"));

        var slots = await LocalStartsAsync(mentor, "Europe/Berlin", $"{date}T00:00:00{before}", $"{ClockChanges.Plus(date, 1)}T00:00:00{after}", 60);

        // At 02:00 CET the clocks jump to 03:00 CEST.
        Assert.Equal(
            [$"{date}T01:00+01:00", $"{date}T01:15+01:00", $"{date}T01:30+01:00", $"{date}T01:45+01:00", $"{date}T03:00+02:00"],
            slots);
    }

    [Fact]
    public async Task Berlin_repeated_hour_offers_each_instant_once_and_no_overlapping_slots()
    {
        var (date, before, after) = ClockChanges.Next("Europe/Berlin", forward: false);
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Europe/Berlin", Block(ClockChanges.DayOf(date), "02:00", "03:00"));

        var (slots, instants) = await SlotsAsync(mentor, "Europe/Berlin", $"{date}T00:00:00{before}", $"{ClockChanges.Plus(date, 1)}T00:00:00{after}", 15);

        // At 03:00 CEST the clocks go back to 02:00 CET: 02:00–03:00 happens twice.
        Assert.Equal(
            [
                $"{date}T02:00+02:00", $"{date}T02:15+02:00", $"{date}T02:30+02:00", $"{date}T02:45+02:00",
                $"{date}T02:00+01:00", $"{date}T02:15+01:00", $"{date}T02:30+01:00", $"{date}T02:45+01:00",
            ],
            slots);
        AssertNoneOverlap(instants);
    }

    [Fact]
    public async Task Lord_Howe_half_hour_change_back_repeats_only_half_an_hour()
    {
        var (date, before, after) = ClockChanges.Next("Australia/Lord_Howe", forward: false);
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Australia/Lord_Howe", Block(ClockChanges.DayOf(date), "01:00", "03:00"));

        var (slots, instants) = await SlotsAsync(mentor, "Australia/Lord_Howe", $"{date}T00:00:00{before}", $"{ClockChanges.Plus(date, 1)}T00:00:00{after}", 30);

        // At 02:00 (+11:00) the clocks go back to 01:30 (+10:30).
        Assert.Equal(("+11:00", "+10:30"), (before, after));
        Assert.Equal(
            [
                $"{date}T01:00+11:00", $"{date}T01:15+11:00", $"{date}T01:30+11:00", $"{date}T01:45+11:00",
                $"{date}T01:30+10:30", $"{date}T01:45+10:30", $"{date}T02:00+10:30", $"{date}T02:15+10:30", $"{date}T02:30+10:30",
            ],
            slots);
        Assert.Equal(instants.Count, instants.Distinct().Count());
    }

    [Fact]
    public async Task Lord_Howe_half_hour_change_forward_skips_only_half_an_hour()
    {
        var (date, before, after) = ClockChanges.Next("Australia/Lord_Howe", forward: true);
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Australia/Lord_Howe", Block(ClockChanges.DayOf(date), "01:00", "04:00"));

        var slots = await LocalStartsAsync(mentor, "Australia/Lord_Howe", $"{date}T00:00:00{before}", $"{ClockChanges.Plus(date, 1)}T00:00:00{after}", 60);

        // At 02:00 (+10:30) the clocks jump to 02:30 (+11:00).
        Assert.Equal(("+10:30", "+11:00"), (before, after));
        Assert.Equal(
            [
                $"{date}T01:00+10:30", $"{date}T01:15+10:30", $"{date}T01:30+10:30", $"{date}T01:45+10:30",
                $"{date}T02:30+11:00", $"{date}T02:45+11:00", $"{date}T03:00+11:00",
            ],
            slots);
    }

    [Fact]
    public async Task Kathmandu_slots_sit_on_its_own_quarter_hours_at_plus_05_45()
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAvailableAsync("Asia/Kathmandu", Block("MONDAY", "09:00", "10:00"));
        var monday = ClockChanges.Iso(SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(3).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday)));

        var response = await app.Anonymous().AvailableSlotsAsync(mentor.Id, Instant($"{monday}T00:00:00+05:45"), Instant($"{ClockChanges.Plus(monday, 1)}T00:00:00+05:45"), 30);

        // 09:00 at +05:45 is 03:15 UTC: the grid is the mentor's local one.
        response.EnsureNoErrors();
        Assert.Equal(
            [($"{monday}T03:15:00Z", $"{monday}T03:45:00Z"), ($"{monday}T03:30:00Z", $"{monday}T04:00:00Z"), ($"{monday}T03:45:00Z", $"{monday}T04:15:00Z")],
            response.At("availableSlots").EnumerateArray().Select(s => (s.GetProperty("startsAt").GetString(), s.GetProperty("endsAt").GetString())));
    }

    private async Task<IReadOnlyList<string>> LocalStartsAsync(TestUser mentor, string zone, string from, string to, int durationMinutes) =>
        (await SlotsAsync(mentor, zone, from, to, durationMinutes)).Local;

    /// <summary>The slots of an anonymous <c>availableSlots</c> call: starts as local times with offsets, and as (start, end) instants.</summary>
    private async Task<(IReadOnlyList<string> Local, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Instants)> SlotsAsync(
        TestUser mentor, string zone, string from, string to, int durationMinutes)
    {
        var response = await app.Anonymous().AvailableSlotsAsync(mentor.Id, Instant(from), Instant(to), durationMinutes);
        response.EnsureNoErrors();
        var instants = response.At("availableSlots").EnumerateArray()
            .Select(s => (Instant(s.GetProperty("startsAt").GetString()), Instant(s.GetProperty("endsAt").GetString())))
            .ToList();
        Assert.All(instants, slot => Assert.Equal(TimeSpan.FromMinutes(durationMinutes), slot.Item2 - slot.Item1));
        return ([.. instants.Select(slot => Schedules.Local(slot.Item1, DateTimeZoneProviders.Tzdb[zone]))], instants);
    }

    /// <summary>Unique starts, ascending, each slot ending by the next one's start.</summary>
    private static void AssertNoneOverlap(IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> slots) =>
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"{pair.First} overlaps {pair.Second}"));
}
