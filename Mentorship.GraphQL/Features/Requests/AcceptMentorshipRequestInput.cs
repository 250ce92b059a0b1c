using GraphQL;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The request the signed-in mentor accepts.</summary>
/// <param name="RequestId">The pending request addressed to the caller.</param>
public sealed record AcceptMentorshipRequestInput([property: Id] Guid RequestId);
