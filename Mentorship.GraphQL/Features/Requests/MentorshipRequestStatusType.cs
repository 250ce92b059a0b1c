using GraphQL.Types;
using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class MentorshipRequestStatusType : EnumerationGraphType<MentorshipRequestStatus>
{
    public MentorshipRequestStatusType()
    {
        Name = "MentorshipRequestStatus";
        Description = "Where a mentorship request stands. Only a pending request changes, and only once.";
        Values["PENDING"]!.Description = "Waiting for the mentor's answer; the mentee may still withdraw it.";
        Values["ACCEPTED"]!.Description = "The mentor accepted; a mentorship started with it.";
        Values["DECLINED"]!.Description = "The mentor declined, perhaps giving a reason.";
        Values["WITHDRAWN"]!.Description = "The mentee took it back before an answer.";
    }
}
