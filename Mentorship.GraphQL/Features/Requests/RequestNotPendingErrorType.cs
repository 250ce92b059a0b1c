using GraphQL.Types;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class RequestNotPendingErrorType : ErrorType<RequestNotPendingError>
{
    public RequestNotPendingErrorType()
        : base("RequestNotPendingError", "The request was already accepted, declined or withdrawn; only pending requests change. Code `REQUEST_NOT_PENDING`.")
    {
        Field<NonNullGraphType<MentorshipRequestStatusType>>("status").Description("The request's status now.").Resolve(c => c.Source.Status);
    }
}
