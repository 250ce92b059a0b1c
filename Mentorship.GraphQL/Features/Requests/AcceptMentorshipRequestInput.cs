namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The request the signed-in mentor accepts.</summary>
public sealed record AcceptMentorshipRequestInput(Guid RequestId);
