using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Sessions;

public sealed class SessionConnectionType : ConnectionType<SessionEdgeType, SessionType, Session>
{
    public SessionConnectionType()
        : base("SessionConnection", "A page of the caller's sessions.")
    {
    }
}
