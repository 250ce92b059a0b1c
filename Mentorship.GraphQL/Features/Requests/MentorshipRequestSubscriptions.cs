using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Realtime;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>
/// <c>mentorshipRequestUpdated</c>: the subscriber hears only of requests it is party to — the hub passes on
/// only events that name it — and each event is read afresh, as the subscriber, in a scope of its own.
/// </summary>
public sealed class MentorshipRequestSubscriptions(RealtimeEventHub hub) : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<MentorshipRequestType>>("mentorshipRequestUpdated")
            .Description(
                "A mentorship request of the signed-in user, as mentee or mentor, each time it is sent or changes status " +
                "(accepted, declined, withdrawn). Events committed while the server's database connection is being " +
                "re-established are not replayed, so refetch what you show when your socket reconnects.")
            .Authorize()
            .ResolveStream(context => hub.Watch(MentorshipRequestEvents.Updated, context.CurrentUserId()))
            .ResolveAsync(async context => await context.Service<MentorshipRequestService>().FindForPartyAsync(
                ((RealtimeEvent)context.Source!).SubjectId, context.CurrentUserId(), context.CancellationToken));
}
