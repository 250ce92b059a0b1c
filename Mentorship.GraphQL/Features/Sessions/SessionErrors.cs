using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Sessions;

/// <summary>The caller has no active mentorship with this mentor; sessions are booked within one.</summary>
public sealed record NoActiveMentorshipError() : DomainError("You have no active mentorship with this mentor.");

/// <summary>The session does not lie inside one of the mentor's availability blocks (or the mentor has none).</summary>
public sealed record OutsideAvailabilityError() : DomainError("The session does not lie inside one of the mentor's availability blocks.");

/// <summary>The session has already been cancelled.</summary>
public sealed record SessionAlreadyCancelledError() : DomainError("This session has already been cancelled.");

/// <summary>The session has already started (or ended); only sessions that have not started can be cancelled.</summary>
public sealed record SessionAlreadyStartedError() : DomainError("This session has already started.");

/// <summary>The caller, as mentee, already has a scheduled session that overlaps this time (with this mentor or another).</summary>
public sealed record SessionConflictError() : DomainError("You already have a session then.");

/// <summary>No session with this id has the caller as its mentor or mentee.</summary>
public sealed record SessionNotFoundError() : DomainError("No session of yours has this id.");

/// <summary>The mentor already has a scheduled session that overlaps this time; someone else booked it first.</summary>
public sealed record SlotTakenError() : DomainError("The mentor already has a session then; pick another slot.");

/// <summary>The start is not on the quarter hour of the mentor's local time (:00, :15, :30, :45, with zero seconds).</summary>
public sealed record StartNotOnGridError(string Message) : DomainError(Message);

/// <summary>The session would start less than two hours from now.</summary>
public sealed record TooSoonError(string Message) : DomainError(Message);
