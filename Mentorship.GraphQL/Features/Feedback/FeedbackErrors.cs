using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Feedback;

/// <summary>The session is not completed: it has not ended yet, or it was cancelled. Only completed sessions are rated.</summary>
public sealed record SessionNotCompletedError() : DomainError("Only a completed session can be rated: this one has not ended yet, or was cancelled.");

/// <summary>The session already has its feedback; each session is rated once.</summary>
public sealed record FeedbackAlreadyGivenError() : DomainError("You have already rated this session.");
