using GraphQL;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The request the signed-in mentor declines.</summary>
/// <param name="RequestId">The pending request addressed to the caller.</param>
/// <param name="Reason">Why, for the mentee: at most 1000 characters. Blank counts as none.</param>
public sealed record DeclineMentorshipRequestInput([property: Id] Guid RequestId, string? Reason);
