using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class NotRequestMentorErrorType : ErrorType<NotRequestMentorError>
{
    public NotRequestMentorErrorType()
        : base("NotRequestMentorError", "The caller sent this request; only the mentor it is addressed to can accept or decline it. Code `NOT_REQUEST_MENTOR`.")
    {
    }
}
