namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The mentorship the signed-in user ends.</summary>
public sealed record EndMentorshipInput(Guid MentorshipId);
