using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The result of withdrawMentorshipRequest.</summary>
public sealed record WithdrawMentorshipRequestPayload(MentorshipRequest? Request, IReadOnlyList<DomainError>? Errors);
