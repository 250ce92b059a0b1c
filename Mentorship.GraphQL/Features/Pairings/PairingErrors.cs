using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Pairings;

/// <summary>The mentorship has already ended.</summary>
[ErrorCode("MENTORSHIP_ALREADY_ENDED")]
public sealed record MentorshipEndedError() : DomainError("This mentorship has already ended.");

/// <summary>No mentorship with this id has the caller as its mentor or mentee.</summary>
public sealed record MentorshipNotFoundError() : DomainError("No mentorship of yours has this id.");
