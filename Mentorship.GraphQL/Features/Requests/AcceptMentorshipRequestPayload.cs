using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The result of acceptMentorshipRequest.</summary>
public sealed record AcceptMentorshipRequestPayload(MentorshipRequest? Request, Pairing? Mentorship, IReadOnlyList<DomainError>? Errors);
