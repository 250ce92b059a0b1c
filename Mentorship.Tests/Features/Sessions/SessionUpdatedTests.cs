using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Pairings;
using Mentorship.GraphQL.Features.Sessions;
using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Sessions;

public sealed class SessionUpdatedTests(AppFor<SessionUpdatedTests> host) : IClassFixture<AppFor<SessionUpdatedTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests();

    private static DateTimeOffset InTwoDays => DaysAheadAt(2, hour: 10);

    [Fact]
    public async Task Mentee_and_mentor_both_hear_a_booking_and_its_cancellation()
    {
        var (mentee, mentor) = await app.PairAsync();
        await using var menteeSocket = await SessionUpdates.SubscribeAsync(app, mentee, expectedSubscribers: 1);
        await using var mentorSocket = await SessionUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 2);

        var sessionId = await mentee.BookedAsync(mentor, InTwoDays);
        var booked = (await menteeSocket.NextSessionAsync(), await mentorSocket.NextSessionAsync());
        (await mentor.CancelAsync(sessionId, "Ill.")).EnsureNoErrors();
        var cancelledForMentee = await menteeSocket.NextSessionUpdateAsync();
        var cancelledForMentor = await mentorSocket.NextSessionAsync();

        Assert.Equal(((sessionId, "SCHEDULED"), (sessionId, "SCHEDULED")), booked);
        Assert.Equal((sessionId, "CANCELLED"), cancelledForMentor);
        Assert.Equal(("CANCELLED", "Ill."), (cancelledForMentee.GetProperty("status").GetString(), cancelledForMentee.GetProperty("cancellationReason").GetString()));
    }

    [Fact]
    public async Task Both_parties_hear_of_each_session_that_ending_the_mentorship_cancels()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var mentorshipId = await app.MentorshipAsync(mentee, mentor);
        await mentor.SetAlwaysAvailableAsync();
        var first = await mentee.BookedAsync(mentor, InTwoDays);
        var second = await mentee.BookedAsync(mentor, InTwoDays.AddDays(1));
        await using var menteeSocket = await SessionUpdates.SubscribeAsync(app, mentee, expectedSubscribers: 1);
        await using var mentorSocket = await SessionUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 2);

        (await mentee.EndAsync(mentorshipId)).EnsureNoErrors();

        foreach (var socket in new[] { menteeSocket, mentorSocket })
        {
            var heard = new[] { await socket.NextSessionUpdateAsync(), await socket.NextSessionUpdateAsync() };
            Assert.Equal([first.ToString(), second.ToString()], heard.Select(s => s.GetProperty("id").GetString()).Order());
            Assert.All(heard, s => Assert.Equal(("CANCELLED", PairingService.EndedSessionReason), (s.GetProperty("status").GetString(), s.GetProperty("cancellationReason").GetString())));
        }
    }

    [Fact]
    public async Task Cancelling_a_users_upcoming_sessions_commits_and_announces_with_the_callers_transaction()
    {
        var (mentee, mentor) = await app.PairAsync();
        var otherMentee = await app.MenteeAsync();
        await app.MentorshipAsync(otherMentee, mentor);
        var admin = await app.AdminAsync();
        var first = await mentee.BookedAsync(mentor, InTwoDays);
        var other = await otherMentee.BookedAsync(mentor, InTwoDays.AddHours(1));
        await using var menteeSocket = await SessionUpdates.SubscribeAsync(app, mentee, expectedSubscribers: 1);

        var rolledBack = await CancelFutureSessionsOfUserAsync(mentor.Id, admin.Id, commit: false);
        var later = await mentee.BookedAsync(mentor, InTwoDays.AddDays(1));
        var heardFirst = await menteeSocket.NextSessionAsync();
        var committed = await CancelFutureSessionsOfUserAsync(mentor.Id, admin.Id, commit: true);
        var heardThen = new[] { await menteeSocket.NextSessionAsync(), await menteeSocket.NextSessionAsync() };

        // The rolled-back cancellation changed nothing and announced nothing: the next event is the later booking.
        Assert.Equal((2, 3), (rolledBack, committed));
        Assert.Equal((later, "SCHEDULED"), heardFirst);
        Assert.Equal([(first, "CANCELLED"), (later, "CANCELLED")], heardThen.OrderBy(e => e.Id != first));
        var stored = await app.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.MentorId == mentor.Id).ToListAsync());
        Assert.Equal(new[] { first, other, later }.Order(), stored.Select(s => s.Id).Order());
        Assert.All(stored, s => Assert.Equal((SessionStatus.Cancelled, admin.Id, "Account deactivated."), (s.Status, s.CancelledById, s.CancellationReason)));
    }

    [Fact]
    public async Task Cancelling_a_users_upcoming_sessions_outside_a_transaction_is_a_programming_error()
    {
        var (_, mentor) = await app.PairAsync();
        await using var scope = app.Services.CreateAsyncScope();

        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<SessionService>()
            .CancelFutureSessionsOfUserAsync(mentor.Id, mentor.Id, "No transaction.", CancellationToken.None));
    }

    [Fact]
    public async Task Nobody_else_hears_of_a_session_and_refusals_announce_nothing()
    {
        var (mentee, mentor) = await app.PairAsync();
        var (otherMentee, otherMentor) = await app.PairAsync();
        await using var outsiderSocket = await SessionUpdates.SubscribeAsync(app, otherMentee, expectedSubscribers: 1);
        await using var menteeSocket = await SessionUpdates.SubscribeAsync(app, mentee, expectedSubscribers: 2);

        var sessionId = await mentee.BookedAsync(mentor, InTwoDays);
        var notTheirMentor = await otherMentee.BookAsync(mentor.Id, InTwoDays);
        var tooSoon = await mentee.BookAsync(mentor.Id, QuarterHourFrom(DateTimeOffset.UtcNow.AddMinutes(30)));
        var notTheirs = await otherMentee.CancelAsync(sessionId);
        var ownSessionId = await otherMentee.BookedAsync(otherMentor, InTwoDays);

        Assert.Equal("NO_ACTIVE_MENTORSHIP", notTheirMentor.SessionRefusal("bookSession"));
        Assert.Equal("TOO_SOON", tooSoon.SessionRefusal("bookSession"));
        Assert.Equal("SESSION_NOT_FOUND", notTheirs.SessionRefusal("cancelSession"));

        // Events reach each subscriber in commit order: anything about the others' session, or a refusal, would come first.
        Assert.Equal((ownSessionId, "SCHEDULED"), await outsiderSocket.NextSessionAsync());
        Assert.Equal((sessionId, "SCHEDULED"), await menteeSocket.NextSessionAsync());
        (await mentee.CancelAsync(sessionId)).EnsureNoErrors();
        Assert.Equal((sessionId, "CANCELLED"), await menteeSocket.NextSessionAsync());
    }

    [Fact]
    public async Task A_refused_booking_of_a_taken_slot_announces_nothing()
    {
        var (mentee, mentor) = await app.PairAsync();
        var rival = await app.MenteeAsync();
        await app.MentorshipAsync(rival, mentor);
        await using var rivalSocket = await SessionUpdates.SubscribeAsync(app, rival, expectedSubscribers: 1);
        await mentee.BookedAsync(mentor, InTwoDays);

        var taken = await rival.BookAsync(mentor.Id, InTwoDays);
        var ownSessionId = await rival.BookedAsync(mentor, InTwoDays.AddHours(1));

        Assert.Equal("SLOT_TAKEN", taken.SessionRefusal("bookSession"));
        Assert.Equal((ownSessionId, "SCHEDULED"), await rivalSocket.NextSessionAsync());
    }

    [Fact]
    public async Task Anonymous_subscription_is_refused_with_UNAUTHENTICATED()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SubscribeAsync("sessions", SessionOperations.Updates);
        var error = await client.ReceiveAsync("error");

        Assert.Equal(["UNAUTHENTICATED"], error.GetProperty("payload").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()));
    }

    private async Task<int> CancelFutureSessionsOfUserAsync(Guid userId, Guid cancelledById, bool commit)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var cancelled = await scope.ServiceProvider.GetRequiredService<SessionService>()
            .CancelFutureSessionsOfUserAsync(userId, cancelledById, "Account deactivated.", CancellationToken.None);
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return cancelled;
    }
}
