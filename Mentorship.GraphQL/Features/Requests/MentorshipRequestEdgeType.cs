using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class MentorshipRequestEdgeType : EdgeType<MentorshipRequestType, MentorshipRequest>
{
    public MentorshipRequestEdgeType()
        : base("MentorshipRequestEdge", "The request.")
    {
    }
}
