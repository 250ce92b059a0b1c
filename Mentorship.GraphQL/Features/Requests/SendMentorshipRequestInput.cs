using GraphQL;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>A request for mentorship from the signed-in mentee.</summary>
/// <param name="MentorId">The mentor to ask: an active mentor's user id.</param>
/// <param name="Message">A note to the mentor, at most 1000 characters. Blank counts as none.</param>
public sealed record SendMentorshipRequestInput([property: Id] Guid MentorId, string? Message);
