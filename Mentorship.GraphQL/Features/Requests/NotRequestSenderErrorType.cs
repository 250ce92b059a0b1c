using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class NotRequestSenderErrorType : ErrorType<NotRequestSenderError>
{
    public NotRequestSenderErrorType()
        : base("NotRequestSenderError", "The caller received this request; only the mentee who sent it can withdraw it. Code `NOT_REQUEST_SENDER`.")
    {
    }
}
