using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The request has already been answered or withdrawn; only pending requests change.</summary>
public sealed record RequestNotPendingError(MentorshipRequestStatus Status)
    : DomainError($"This request is no longer pending: it is {Status.ToString().ToUpperInvariant()}.")
{
    public override string Code => "REQUEST_NOT_PENDING";
}
