using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class RequestNotFoundErrorType : ErrorType<RequestNotFoundError>
{
    public RequestNotFoundErrorType()
        : base("RequestNotFoundError", "No request with this id has the caller as its mentee or mentor. Code `REQUEST_NOT_FOUND`.")
    {
    }
}
