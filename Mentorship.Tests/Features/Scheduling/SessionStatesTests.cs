using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Scheduling;
using static Mentorship.Tests.Features.Scheduling.Schedules;

namespace Mentorship.Tests.Features.Scheduling;

public sealed class SessionStatesTests
{
    private static readonly DateTimeOffset EndsAt = At("2026-03-02T10:00:00Z");

    [Theory]
    [InlineData(SessionStatus.Scheduled, "2026-03-02T09:59:59Z", SessionState.Scheduled)]
    [InlineData(SessionStatus.Scheduled, "2026-03-02T10:00:00Z", SessionState.Completed)]
    [InlineData(SessionStatus.Cancelled, "2026-03-02T09:00:00Z", SessionState.Cancelled)]
    [InlineData(SessionStatus.Cancelled, "2026-03-03T09:00:00Z", SessionState.Cancelled)]
    public void A_scheduled_session_is_completed_once_it_has_ended(SessionStatus stored, string now, SessionState expected)
    {
        Assert.Equal(expected, SessionStates.At(stored, EndsAt, At(now)));
    }
}
