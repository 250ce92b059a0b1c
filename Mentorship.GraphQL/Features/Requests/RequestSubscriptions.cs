using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class RequestSubscriptions
{
    /// <summary>
    /// A mentorship request of the signed-in user, as mentee or mentor, each time it is sent or changes status
    /// (accepted, declined, withdrawn). Events committed while the server's database connection is being
    /// re-established are not replayed, so refetch what you show when your socket reconnects.
    /// </summary>
    [Authorize]
    [Subscribe(MentorshipRequestEvents.Updated)]
    public static async Task<MentorshipRequest> MentorshipRequestUpdatedAsync(
        [FromServices] MentorshipRequestService requests, [EventSubject] Guid requestId, [CallerId] Guid callerId, CancellationToken cancellationToken) =>
        await requests.FindForPartyAsync(requestId, callerId, cancellationToken)
            ?? throw new InvalidOperationException($"Request {requestId} reached a subscriber who is not party to it.");
}
