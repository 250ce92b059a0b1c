using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Sessions;

public sealed class BookSessionTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private static DateTimeOffset InTwoDays => DaysAheadAt(2, hour: 10);

    [Fact]
    public async Task Mentee_books_an_available_slot_of_their_mentor()
    {
        var mentee = await app.MenteeAsync("Mia Mentee");
        var mentor = await app.MentorAsync("Max Mentor");
        await app.MentorshipAsync(mentee, mentor);
        await mentor.SetAvailableAsync("Europe/Berlin", Block(DayOfWeek.Wednesday, "15:00", "17:00"));
        var slot = (await app.Anonymous().SlotStartsAsync(mentor.Id, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(8), 45))[2];

        var response = await mentee.BookAsync(mentor.Id, slot, 45, "  Career questions  ");

        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("bookSession.errors").ValueKind);
        var session = response.At("bookSession.session");
        Assert.Equal((slot, slot.AddMinutes(45)), (Instant(session.GetProperty("startsAt").GetString()), Instant(session.GetProperty("endsAt").GetString())));
        Assert.Equal(("SCHEDULED", "Career questions"), (session.GetProperty("status").GetString(), session.GetProperty("agenda").GetString()));
        Assert.Equal(("Max Mentor", "Mia Mentee"), (response.StringAt("bookSession.session.mentor.profile.displayName"), response.StringAt("bookSession.session.mentee.profile.displayName")));
        Assert.Equal(JsonValueKind.Null, session.GetProperty("feedback").ValueKind);
        Assert.Equal(JsonValueKind.Null, session.GetProperty("cancelledAt").ValueKind);
        var stored = await app.StoredSessionAsync(Guid.Parse(session.GetProperty("id").GetString()!));
        Assert.Equal((mentor.Id, mentee.Id, SessionStatus.Scheduled), (stored.MentorId, stored.MenteeId, stored.Status));
    }

    [Fact]
    public async Task Sessions_that_touch_are_both_booked()
    {
        var (mentee, mentor) = await app.PairAsync();
        var otherMentee = await app.MenteeAsync();
        await app.MentorshipAsync(otherMentee, mentor);

        await mentee.BookedAsync(mentor, InTwoDays, 60);
        await otherMentee.BookedAsync(mentor, InTwoDays.AddHours(1), 30);
        await mentee.BookedAsync(mentor, InTwoDays.AddMinutes(-15), 15);

        Assert.Equal(3, await app.SessionCountAsync(mentor.Id));
    }

    [Fact]
    public async Task A_time_the_mentor_has_a_session_is_SLOT_TAKEN()
    {
        var (mentee, mentor) = await app.PairAsync();
        var otherMentee = await app.MenteeAsync();
        await app.MentorshipAsync(otherMentee, mentor);
        await mentee.BookedAsync(mentor, InTwoDays, 60);

        var response = await otherMentee.BookAsync(mentor.Id, InTwoDays.AddMinutes(45), 60);

        Assert.Equal("SLOT_TAKEN", response.SessionRefusal("bookSession"));
        Assert.Equal(1, await app.SessionCountAsync(mentor.Id));
    }

    [Fact]
    public async Task A_time_the_mentee_has_a_session_with_another_mentor_is_SESSION_CONFLICT()
    {
        var (mentee, mentor) = await app.PairAsync();
        var otherMentor = await app.MentorAsync();
        await app.MentorshipAsync(mentee, otherMentor);
        await otherMentor.SetAlwaysAvailableAsync();
        await mentee.BookedAsync(mentor, InTwoDays, 60);

        var response = await mentee.BookAsync(otherMentor.Id, InTwoDays.AddMinutes(-30), 60);

        Assert.Equal("SESSION_CONFLICT", response.SessionRefusal("bookSession"));
        Assert.Equal(0, await app.SessionCountAsync(otherMentor.Id));
    }

    [Fact]
    public async Task Without_an_active_mentorship_the_booking_is_refused()
    {
        var (mentee, mentor) = await app.PairAsync();
        var stranger = await app.MenteeAsync();
        var endedMentee = await app.MenteeAsync();
        var ended = await app.MentorshipAsync(endedMentee, mentor);
        (await endedMentee.EndAsync(ended)).EnsureNoErrors();

        var withoutMentorship = await stranger.BookAsync(mentor.Id, InTwoDays);
        var afterTheEnd = await endedMentee.BookAsync(mentor.Id, InTwoDays);
        var unknownMentor = await mentee.BookAsync(Guid.NewGuid(), InTwoDays);
        var menteeAsMentor = await mentee.BookAsync(stranger.Id, InTwoDays);

        Assert.Equal("NO_ACTIVE_MENTORSHIP", withoutMentorship.SessionRefusal("bookSession"));
        Assert.Equal("NO_ACTIVE_MENTORSHIP", afterTheEnd.SessionRefusal("bookSession"));
        Assert.Equal("MENTOR_NOT_FOUND", unknownMentor.SessionRefusal("bookSession"));
        Assert.Equal("MENTOR_NOT_FOUND", menteeAsMentor.SessionRefusal("bookSession"));
        Assert.Equal(0, await app.SessionCountAsync(mentor.Id));
    }

    [Fact]
    public async Task A_deactivated_mentor_cannot_be_booked()
    {
        var (mentee, mentor) = await app.PairAsync();
        await app.DeactivateAsync(mentor.Id);

        var response = await mentee.BookAsync(mentor.Id, InTwoDays);

        Assert.Equal("MENTOR_NOT_FOUND", response.SessionRefusal("bookSession"));
    }

    [Fact]
    public async Task A_session_must_lie_inside_one_availability_block()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        await app.MentorshipAsync(mentee, mentor);
        var day = InTwoDays.UtcDateTime.Date;
        var dayName = day.DayOfWeek;
        await mentor.SetAvailableAsync("UTC", Block(dayName, "09:00", "10:00"), Block(dayName, "10:00", "11:00"));
        var nine = new DateTimeOffset(day.AddHours(9), TimeSpan.Zero);

        var spanningTwoBlocks = await mentee.BookAsync(mentor.Id, nine.AddMinutes(30), 60);
        var pastTheEnd = await mentee.BookAsync(mentor.Id, nine.AddMinutes(90), 45);
        var otherDay = await mentee.BookAsync(mentor.Id, nine.AddDays(1), 30);
        var fits = await mentee.BookAsync(mentor.Id, nine.AddMinutes(75), 45);

        Assert.Equal("OUTSIDE_AVAILABILITY", spanningTwoBlocks.SessionRefusal("bookSession"));
        Assert.Equal("OUTSIDE_AVAILABILITY", pastTheEnd.SessionRefusal("bookSession"));
        Assert.Equal("OUTSIDE_AVAILABILITY", otherDay.SessionRefusal("bookSession"));
        fits.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, fits.At("bookSession.errors").ValueKind);
    }

    [Fact]
    public async Task A_mentor_without_availability_cannot_be_booked()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        await app.MentorshipAsync(mentee, mentor);

        var response = await mentee.BookAsync(mentor.Id, InTwoDays);

        Assert.Equal("OUTSIDE_AVAILABILITY", response.SessionRefusal("bookSession"));
    }

    [Fact]
    public async Task A_session_starts_at_least_two_hours_ahead_on_the_quarter_hour()
    {
        var (mentee, mentor) = await app.PairAsync();
        var now = DateTimeOffset.UtcNow;

        // 15 minutes, so that even a start at 23:45 ends by the block's end at midnight.
        var inOneHour = await mentee.BookAsync(mentor.Id, QuarterHourFrom(now.AddHours(1)), 15);
        var offGrid = await mentee.BookAsync(mentor.Id, InTwoDays.AddMinutes(7), 15);
        var inThreeHours = await mentee.BookAsync(mentor.Id, QuarterHourFrom(now.AddHours(3)), 15);

        Assert.Equal("TOO_SOON", inOneHour.SessionRefusal("bookSession"));
        Assert.Equal("START_NOT_ON_GRID", offGrid.SessionRefusal("bookSession"));
        inThreeHours.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, inThreeHours.At("bookSession.errors").ValueKind);
    }

    [Theory]
    [InlineData(14, null, "durationMinutes")]
    [InlineData(181, null, "durationMinutes")]
    [InlineData(60, 2001, "agenda")]
    public async Task Lengths_out_of_range_are_INVALID_INPUT_naming_the_field(int durationMinutes, int? agendaLength, string field)
    {
        var (mentee, mentor) = await app.PairAsync();

        var response = await mentee.BookAsync(mentor.Id, InTwoDays, durationMinutes, agendaLength is { } length ? new string('a', length) : null);

        Assert.Equal("INVALID_INPUT", response.SessionRefusal("bookSession"));
        Assert.Equal(field, response.At("bookSession.errors").EnumerateArray().Single().GetProperty("field").GetString());
        Assert.Equal(0, await app.SessionCountAsync(mentor.Id));
    }

    [Fact]
    public async Task Durations_of_15_and_180_minutes_and_an_agenda_of_2000_characters_are_accepted()
    {
        var (mentee, mentor) = await app.PairAsync();

        await mentee.BookedAsync(mentor, InTwoDays, 15);
        var longest = await mentee.BookAsync(mentor.Id, InTwoDays.AddHours(1), 180, new string('a', 2000));

        longest.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, longest.At("bookSession.errors").ValueKind);
        Assert.Equal(2, await app.SessionCountAsync(mentor.Id));
    }

    [Fact]
    public async Task Only_mentees_book()
    {
        var (_, mentor) = await app.PairAsync();

        var asMentor = await mentor.BookAsync(mentor.Id, InTwoDays);
        var anonymous = await app.Anonymous().ExecuteAsync(SessionOperations.Book, new { input = new { mentorId = mentor.Id, startsAt = Iso(InTwoDays), durationMinutes = 60 } });

        asMentor.AssertForbidden();
        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
        Assert.False(await app.WithDbAsync(db => db.Sessions.AnyAsync(s => s.MentorId == mentor.Id)));
    }
}
