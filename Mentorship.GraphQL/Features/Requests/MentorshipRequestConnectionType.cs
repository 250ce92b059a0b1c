using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class MentorshipRequestConnectionType : ConnectionType<MentorshipRequestEdgeType, MentorshipRequestType, MentorshipRequest>
{
    public MentorshipRequestConnectionType()
        : base("MentorshipRequestConnection", "A page of the caller's mentorship requests, newest first.")
    {
    }
}
