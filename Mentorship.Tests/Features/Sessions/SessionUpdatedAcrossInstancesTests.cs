using Mentorship.Tests.Realtime;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Sessions;

public sealed class SessionUpdatedAcrossInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task Parties_on_either_instance_hear_a_session_booked_and_cancelled_through_the_other()
    {
        var (menteeOnFirst, mentor) = await instances.First.PairAsync();
        var mentee = menteeOnFirst with { Client = instances.Second.WithToken(menteeOnFirst.AccessToken) };
        await RealtimeProbe.WaitForListenersAsync(instances.First.ConnectionString, 2);
        await using var mentorSocket = await SessionUpdates.SubscribeAsync(instances.First, mentor, expectedSubscribers: 1);
        await using var menteeSocket = await SessionUpdates.SubscribeAsync(instances.Second, mentee, expectedSubscribers: 1);

        var sessionId = await mentee.BookedAsync(mentor, DaysAheadAt(2, hour: 10));
        var booked = (await mentorSocket.NextSessionAsync(), await menteeSocket.NextSessionAsync());
        (await mentor.CancelAsync(sessionId)).EnsureNoErrors();
        var cancelled = (await mentorSocket.NextSessionAsync(), await menteeSocket.NextSessionAsync());

        Assert.Equal(((sessionId, "SCHEDULED"), (sessionId, "SCHEDULED")), booked);
        Assert.Equal(((sessionId, "CANCELLED"), (sessionId, "CANCELLED")), cancelled);
    }
}
