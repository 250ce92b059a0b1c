using GraphQL;

namespace Mentorship.GraphQL.Features.Pairings;

/// <summary>The mentorship the signed-in user ends.</summary>
/// <param name="MentorshipId">An active mentorship the caller is mentor or mentee of.</param>
public sealed record EndMentorshipInput([property: Id] Guid MentorshipId);
