using GraphQL;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The request the signed-in mentee takes back.</summary>
/// <param name="RequestId">The pending request the caller sent.</param>
public sealed record WithdrawMentorshipRequestInput([property: Id] Guid RequestId);
