using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class WithdrawMentorshipRequestErrorType : UnionGraphType
{
    public WithdrawMentorshipRequestErrorType()
    {
        Name = "WithdrawMentorshipRequestError";
        Description = "Why `withdrawMentorshipRequest` changed nothing.";
        Type<RequestNotFoundErrorType>();
        Type<NotRequestSenderErrorType>();
        Type<RequestNotPendingErrorType>();
    }
}
