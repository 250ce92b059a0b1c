namespace Mentorship.GraphQL.Features.Requests;

/// <summary>A request for mentorship from the signed-in mentee.</summary>
public sealed record SendMentorshipRequestInput(Guid MentorId, string? Message);
