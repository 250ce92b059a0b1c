using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The mentee already has a pending request, or an accepted one whose mentorship still runs, with this mentor.</summary>
public sealed record DuplicateRequestError() : DomainError("You already have a pending or accepted request with this mentor.");

/// <summary>No active mentor has the given id: the user does not exist, is not a mentor, or was deactivated.</summary>
public sealed record MentorNotFoundError() : DomainError("No active mentor has this id.");

/// <summary>The caller is not a mentee; only mentees send mentorship requests.</summary>
public sealed record NotAMenteeError() : DomainError("Only mentees send mentorship requests.");

/// <summary>The caller sent this request; only the mentor it is addressed to can accept or decline it.</summary>
public sealed record NotRequestMentorError() : DomainError("Only the mentor a request is addressed to can accept or decline it.");

/// <summary>The caller received this request; only the mentee who sent it can withdraw it.</summary>
public sealed record NotRequestSenderError() : DomainError("Only the mentee who sent a request can withdraw it.");

/// <summary>The mentee already has as many pending requests as allowed; one must be answered or withdrawn first.</summary>
/// <param name="Limit">How many pending requests a mentee may have at once.</param>
public sealed record PendingRequestLimitError(int Limit)
    : DomainError($"You already have {Limit} pending requests. Wait for an answer or withdraw one first.");

/// <summary>No request with this id has the caller as its mentee or mentor.</summary>
public sealed record RequestNotFoundError() : DomainError("No mentorship request of yours has this id.");

/// <summary>The request was already accepted, declined or withdrawn; only pending requests change.</summary>
/// <param name="Status">The request's status now.</param>
public sealed record RequestNotPendingError(MentorshipRequestStatus Status)
    : DomainError($"This request is no longer pending: it is {Status.ToString().ToUpperInvariant()}.");

/// <summary>The request was addressed to its sender.</summary>
[ErrorCode("CANNOT_REQUEST_SELF")]
public sealed record SelfRequestError() : DomainError("You cannot send a mentorship request to yourself.");
