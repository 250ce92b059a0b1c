using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>An accepted request and the mentorship its acceptance started.</summary>
/// <param name="Request">The request, now accepted; null when `errors` is set.</param>
/// <param name="Mentorship">The mentorship the acceptance started; null when `errors` is set.</param>
public sealed record AcceptedRequest(MentorshipRequest Request, Pairing Mentorship);
