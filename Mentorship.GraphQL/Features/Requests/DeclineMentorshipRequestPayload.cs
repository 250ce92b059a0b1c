using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The result of declineMentorshipRequest.</summary>
public sealed record DeclineMentorshipRequestPayload(MentorshipRequest? Request, IReadOnlyList<DomainError>? Errors);
