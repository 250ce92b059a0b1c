using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class PendingRequestLimitErrorType : ErrorType<PendingRequestLimitError>
{
    public PendingRequestLimitErrorType()
        : base("PendingRequestLimitError", "The mentee already has as many pending requests as allowed; one must be answered or withdrawn first. Code `PENDING_REQUEST_LIMIT`.")
    {
        Field(e => e.Limit).Description("How many pending requests a mentee may have at once.");
    }
}
