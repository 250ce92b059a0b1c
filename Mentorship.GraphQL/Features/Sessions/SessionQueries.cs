using GraphQL;
using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Paging;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Sessions;

public sealed class SessionQueries
{
    /// <summary>
    /// The signed-in user's sessions, as mentor or mentee, cancelled ones included. UPCOMING lists those not ended
    /// yet, soonest first; PAST those ended, latest first; ALL every one, latest first.
    /// </summary>
    /// <param name="when">Which sessions, by where they stand in time; ALL when left out or null.</param>
    [Authorize]
    [OutputType(typeof(NonNullGraphType<SessionConnectionType>))]
    public static Task<Connection<Session>> MySessionsAsync(
        [FromServices] SessionService sessions,
        [CallerId] Guid callerId,
        [Page] PageArguments page,
        CancellationToken cancellationToken,
        SessionTimeFilter? when = SessionTimeFilter.All) =>
        sessions.ListAsync(callerId, when ?? SessionTimeFilter.All, page, cancellationToken);
}
