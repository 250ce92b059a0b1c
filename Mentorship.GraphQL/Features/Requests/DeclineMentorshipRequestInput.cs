namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The request the signed-in mentor declines.</summary>
public sealed record DeclineMentorshipRequestInput(Guid RequestId, string? Reason);
