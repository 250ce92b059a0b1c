using GraphQL.Types;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class SendMentorshipRequestErrorType : UnionGraphType
{
    public SendMentorshipRequestErrorType()
    {
        Name = "SendMentorshipRequestError";
        Description = "Why `sendMentorshipRequest` sent nothing.";
        Type<InvalidInputErrorType>();
        Type<NotAMenteeErrorType>();
        Type<SelfRequestErrorType>();
        Type<MentorNotFoundErrorType>();
        Type<DuplicateRequestErrorType>();
        Type<PendingRequestLimitErrorType>();
    }
}
