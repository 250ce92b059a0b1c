using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class SelfRequestErrorType : ErrorType<SelfRequestError>
{
    public SelfRequestErrorType()
        : base("SelfRequestError", "The request was addressed to its sender. Code `CANNOT_REQUEST_SELF`.")
    {
    }
}
