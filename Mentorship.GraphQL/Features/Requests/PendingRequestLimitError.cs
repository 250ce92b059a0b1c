using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The mentee already has as many pending requests as allowed.</summary>
public sealed record PendingRequestLimitError(int Limit)
    : DomainError($"You already have {Limit} pending requests. Wait for an answer or withdraw one first.")
{
    public override string Code => "PENDING_REQUEST_LIMIT";
}
