using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
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
    public static Session SessionUpdated(
        [EventSubject] Session? session,
        [CallerId] Guid callerId,
        [FromServices] UsersByIdLoader users,
        [FromServices] FeedbackBySessionIdLoader feedback,
        [FromServices] SessionsByIdLoader sessions) =>
        SessionService.ForParty(session, callerId, users, feedback, sessions)
            ?? throw new InvalidOperationException("A session update reached a subscriber who is not party to it, or its session could not be read.");
}
