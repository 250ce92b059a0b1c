using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Sessions;

public sealed class SessionUpdatedAcrossInstancesTests(AppFor<SessionUpdatedAcrossInstancesTests> host) : IClassFixture<AppFor<SessionUpdatedAcrossInstancesTests>>, IConfiguresApp
{
    private readonly MentorshipApp first = host.App;
    private readonly MentorshipApp second = host.App.SecondInstance;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests().WithSecondInstance();

    [Fact]
    public async Task Parties_on_either_instance_hear_a_session_booked_and_cancelled_through_the_other()
    {
        var (menteeOnFirst, mentor) = await first.PairAsync();
        var mentee = menteeOnFirst with { Client = second.WithToken(menteeOnFirst.AccessToken) };
        await RealtimeProbe.WaitForListenersAsync(first.ConnectionString, 2);
        await using var mentorSocket = await SessionUpdates.SubscribeAsync(first, mentor, expectedSubscribers: 1);
        await using var menteeSocket = await SessionUpdates.SubscribeAsync(second, mentee, expectedSubscribers: 1);

        var sessionId = await mentee.BookedAsync(mentor, DaysAheadAt(2, hour: 10));
        var booked = (await mentorSocket.NextSessionAsync(), await menteeSocket.NextSessionAsync());
        (await mentor.CancelAsync(sessionId)).EnsureNoErrors();
        var cancelled = (await mentorSocket.NextSessionAsync(), await menteeSocket.NextSessionAsync());

        Assert.Equal(((sessionId, "SCHEDULED"), (sessionId, "SCHEDULED")), booked);
        Assert.Equal(((sessionId, "CANCELLED"), (sessionId, "CANCELLED")), cancelled);
    }
}
