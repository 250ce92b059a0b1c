using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>The one rule for a session's visible status: completed is scheduled and ended, read from the clock, never stored.</summary>
public static class SessionStates
{
    public static SessionState At(SessionStatus status, DateTimeOffset endsAt, DateTimeOffset now) => status switch
    {
        SessionStatus.Cancelled => SessionState.Cancelled,
        _ when now >= endsAt => SessionState.Completed,
        _ => SessionState.Scheduled,
    };

    public static SessionState At(Session session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        return At(session.Status, session.EndsAt, now);
    }
}
