using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The result of sendMentorshipRequest.</summary>
public sealed record SendMentorshipRequestPayload(MentorshipRequest? Request, IReadOnlyList<DomainError>? Errors);
