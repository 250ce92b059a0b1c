using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class DuplicateRequestErrorType : ErrorType<DuplicateRequestError>
{
    public DuplicateRequestErrorType()
        : base("DuplicateRequestError", "The mentee already has a pending request, or an accepted one whose mentorship still runs, with this mentor. Code `DUPLICATE_REQUEST`.")
    {
    }
}
