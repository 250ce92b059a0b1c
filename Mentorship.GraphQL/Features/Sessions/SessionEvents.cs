using Mentorship.Data.Entities;
using Mentorship.GraphQL.Realtime;

namespace Mentorship.GraphQL.Features.Sessions;

/// <summary>The realtime event of a session being booked, cancelled or rated, addressed to its two parties.</summary>
public static class SessionEvents
{
    public const string Updated = "session_updated";

    public static RealtimeEvent UpdatedEvent(Session session) =>
        new(Updated, session.Id, [session.MenteeId, session.MentorId]);
}
