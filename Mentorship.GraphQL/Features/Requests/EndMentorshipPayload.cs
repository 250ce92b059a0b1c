using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The result of endMentorship.</summary>
public sealed record EndMentorshipPayload(Pairing? Mentorship, IReadOnlyList<DomainError>? Errors);
