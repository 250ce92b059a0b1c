using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Mentors;

public sealed class MentorConnectionType : ConnectionType<MentorEdgeType, UserType, User>
{
    public MentorConnectionType()
        : base("MentorConnection", "A page of active mentors.")
    {
    }
}
