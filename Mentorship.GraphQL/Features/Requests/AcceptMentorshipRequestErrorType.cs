using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class AcceptMentorshipRequestErrorType : UnionGraphType
{
    public AcceptMentorshipRequestErrorType()
    {
        Name = "AcceptMentorshipRequestError";
        Description = "Why `acceptMentorshipRequest` changed nothing.";
        Type<RequestNotFoundErrorType>();
        Type<NotRequestMentorErrorType>();
        Type<RequestNotPendingErrorType>();
    }
}
