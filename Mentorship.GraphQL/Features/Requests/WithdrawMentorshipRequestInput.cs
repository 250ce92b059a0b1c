namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The request the signed-in mentee takes back.</summary>
public sealed record WithdrawMentorshipRequestInput(Guid RequestId);
