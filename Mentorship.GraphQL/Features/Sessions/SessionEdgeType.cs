using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Sessions;

public sealed class SessionEdgeType : EdgeType<SessionType, Session>
{
    public SessionEdgeType()
        : base("SessionEdge", "The session.")
    {
    }
}
