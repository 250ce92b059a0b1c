using GraphQL.Types;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class DeclineMentorshipRequestErrorType : UnionGraphType
{
    public DeclineMentorshipRequestErrorType()
    {
        Name = "DeclineMentorshipRequestError";
        Description = "Why `declineMentorshipRequest` changed nothing.";
        Type<InvalidInputErrorType>();
        Type<RequestNotFoundErrorType>();
        Type<NotRequestMentorErrorType>();
        Type<RequestNotPendingErrorType>();
    }
}
