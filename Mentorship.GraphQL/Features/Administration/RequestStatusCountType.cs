using GraphQL.Types;
using Mentorship.GraphQL.Features.Requests;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class RequestStatusCountType : ObjectGraphType<RequestStatusCount>
{
    public RequestStatusCountType()
    {
        Name = "RequestStatusCount";
        Description = "How many mentorship requests have a status.";
        Field<NonNullGraphType<MentorshipRequestStatusType>>("status").Description("The status.").Resolve(c => c.Source.Status);
        Field(r => r.Count).Description("How many requests have it.");
    }
}
