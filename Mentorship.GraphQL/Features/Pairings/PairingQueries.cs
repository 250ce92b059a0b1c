using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Pairings;

public sealed class PairingQueries
{
    /// <summary>The signed-in user's mentorships, as mentor or mentee: active ones first, then the most recently started.</summary>
    [Authorize]
    public static Task<IReadOnlyList<Pairing>> MyMentorshipsAsync(
        [FromServices] PairingService pairings, [CallerId] Guid callerId, CancellationToken cancellationToken) =>
        pairings.ListAsync(callerId, cancellationToken);
}
