using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Mentors;

public sealed class MentorEdgeType : EdgeType<UserType, User>
{
    public MentorEdgeType()
        : base("MentorEdge", "The mentor.")
    {
    }
}
