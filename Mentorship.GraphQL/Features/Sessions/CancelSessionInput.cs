using GraphQL;

namespace Mentorship.GraphQL.Features.Sessions;

/// <summary>The session the signed-in user cancels, and why.</summary>
/// <param name="SessionId">A scheduled session of the caller's, as mentor or mentee, that has not started.</param>
/// <param name="Reason">Why, for the other party: at most 500 characters. Blank counts as none.</param>
public sealed record CancelSessionInput([property: Id] Guid SessionId, string? Reason);
