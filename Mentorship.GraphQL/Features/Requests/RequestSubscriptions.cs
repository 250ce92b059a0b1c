using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
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
    public static MentorshipRequest MentorshipRequestUpdated(
        [EventSubject] MentorshipRequest? request, [CallerId] Guid callerId, [FromServices] UsersByIdLoader users) =>
        MentorshipRequestService.ForParty(request, callerId, users)
            ?? throw new InvalidOperationException("A request update reached a subscriber who is not party to it, or its request could not be read.");
}
