using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Pairings;

public sealed class PairingMutations
{
    /// <summary>Ends an active mentorship; either the mentor or the mentee may. The pair may later start again with a new request.</summary>
    /// <param name="input">The mentorship to end.</param>
    /// <returns>The mentorship, now ended; null when `errors` is set.</returns>
    [Authorize]
    [PayloadField("mentorship")]
    [Error<MentorshipNotFoundError>, Error<MentorshipEndedError>]
    public static Task<Payload<Pairing>> EndMentorshipAsync(
        [FromServices] PairingService pairings, [CallerId] Guid callerId, EndMentorshipInput input, CancellationToken cancellationToken) =>
        pairings.EndAsync(callerId, input.MentorshipId, cancellationToken);
}
