using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Administration;
using Mentorship.Tests.Features.Sessions;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Administration;

/// <summary>Deactivating a user cancels their upcoming sessions, says why, and tells the other party; reactivation brings none back.</summary>
public sealed class DeactivationSessionsTests(AppFor<DeactivationSessionsTests> host) : IClassFixture<AppFor<DeactivationSessionsTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests();

    [Fact]
    public async Task Deactivating_a_mentee_cancels_their_upcoming_sessions_and_the_mentor_hears_it()
    {
        var (mentee, mentor) = await app.PairAsync();
        var sessionId = await mentee.BookedAsync(mentor, DaysAheadAt(2, hour: 10));
        var laterId = await mentee.BookedAsync(mentor, DaysAheadAt(3, hour: 10));
        await using var mentorSocket = await SessionUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 1);
        var admin = await app.AsAdminAsync();

        (await admin.DeactivateAsync(mentee.Id, "Spam, for admins only.")).Succeeded("deactivateUser");
        var heard = new[] { await mentorSocket.NextSessionAsync(), await mentorSocket.NextSessionAsync() };
        var stored = new[] { await app.StoredSessionAsync(sessionId), await app.StoredSessionAsync(laterId) };

        Assert.Equal([(sessionId, "CANCELLED"), (laterId, "CANCELLED")], heard.OrderBy(h => h.Id == laterId));
        Assert.All(stored, s =>
        {
            Assert.Equal(SessionStatus.Cancelled, s.Status);
            Assert.Equal(AdministrationService.DeactivatedSessionReason, s.CancellationReason);
        });
    }

    [Fact]
    public async Task Deactivating_a_mentor_cancels_sessions_with_every_mentee_and_reactivation_restores_none()
    {
        var (mentee, mentor) = await app.PairAsync();
        var otherMentee = await app.MenteeAsync();
        await app.MentorshipAsync(otherMentee, mentor);
        var sessionIds = new[]
        {
            await mentee.BookedAsync(mentor, DaysAheadAt(2, hour: 9)),
            await otherMentee.BookedAsync(mentor, DaysAheadAt(2, hour: 11)),
        };
        var admin = await app.AsAdminAsync();

        (await admin.DeactivateAsync(mentor.Id)).Succeeded("deactivateUser");
        (await admin.ReactivateAsync(mentor.Id)).Succeeded("reactivateUser");
        var statuses = new List<SessionStatus>();
        foreach (var id in sessionIds)
        {
            statuses.Add((await app.StoredSessionAsync(id)).Status);
        }

        Assert.Equal([SessionStatus.Cancelled, SessionStatus.Cancelled], statuses);
    }
}
