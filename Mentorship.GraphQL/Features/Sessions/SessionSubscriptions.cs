using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Sessions;

public sealed class SessionSubscriptions
{
    /// <summary>
    /// A session of the signed-in user, as mentor or mentee, each time it is booked or cancelled (also when ending
    /// the mentorship cancels it), and when its mentee rates it (its `feedback` then set). Events committed while the server's database connection is being re-established
    /// are not replayed, so refetch what you show when your socket reconnects.
    /// </summary>
    [Authorize]
    [Subscribe(SessionEvents.Updated)]
    public static async Task<Session> SessionUpdatedAsync(
        [FromServices] SessionService sessions, [EventSubject] Guid sessionId, [CallerId] Guid callerId, CancellationToken cancellationToken) =>
        await sessions.FindForPartyAsync(sessionId, callerId, cancellationToken)
            ?? throw new InvalidOperationException($"Session {sessionId} reached a subscriber who is not party to it.");
}
