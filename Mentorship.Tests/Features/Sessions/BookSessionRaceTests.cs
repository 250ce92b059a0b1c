using System.Net;
using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Sessions;

/// <summary>Concurrent bookings through the real endpoint, against the real database: PostgreSQL's exclusion constraints decide.</summary>
public sealed class BookSessionRaceTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Twenty_mentees_booking_one_slot_at_once_get_exactly_one_session_and_nineteen_SLOT_TAKEN()
    {
        var mentor = await app.MentorAsync();
        await mentor.SetAlwaysAvailableAsync();
        var mentees = new List<TestUser>();
        for (var i = 0; i < 20; i++)
        {
            var mentee = await app.MenteeAsync();
            await app.MentorshipAsync(mentee, mentor);
            mentees.Add(mentee);
        }

        var slot = DaysAheadAt(3, hour: 10);
        var responses = await Task.WhenAll(mentees.Select(m => m.BookAsync(mentor.Id, slot)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(responses, r => r.EnsureNoErrors());
        var booked = responses.Where(r => r.At("bookSession.session").ValueKind != JsonValueKind.Null).ToList();
        Assert.Single(booked);
        Assert.Equal(Enumerable.Repeat("SLOT_TAKEN", 19), responses.Except(booked).Select(r => r.SessionRefusal("bookSession")));
        var sessions = await app.WithDbAsync(db => db.Sessions.Where(s => s.MentorId == mentor.Id).ToListAsync());
        Assert.Equal(booked[0].StringAt("bookSession.session.id"), Assert.Single(sessions).Id.ToString());
    }

    [Fact]
    public async Task One_mentee_booking_two_mentors_at_overlapping_times_at_once_gets_one_session_and_one_SESSION_CONFLICT()
    {
        var mentee = await app.MenteeAsync();
        var mentors = new[] { await app.MentorAsync(), await app.MentorAsync() };
        foreach (var mentor in mentors)
        {
            await mentor.SetAlwaysAvailableAsync();
            await app.MentorshipAsync(mentee, mentor);
        }

        var slot = DaysAheadAt(3, hour: 10);
        var responses = await Task.WhenAll(mentee.BookAsync(mentors[0].Id, slot), mentee.BookAsync(mentors[1].Id, slot.AddMinutes(30)));

        Assert.All(responses, r => r.EnsureNoErrors());
        var codes = responses.Select(r => r.At("bookSession.errors").ValueKind == JsonValueKind.Null ? "BOOKED" : r.SessionRefusal("bookSession"));
        Assert.Equal(["BOOKED", "SESSION_CONFLICT"], codes.Order());
        Assert.Equal(1, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.MenteeId == mentee.Id && s.Status == SessionStatus.Scheduled)));
    }
}
