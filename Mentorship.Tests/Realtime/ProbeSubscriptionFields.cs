using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Realtime;
using Mentorship.GraphQL.Schema;

namespace Mentorship.Tests.Realtime;

/// <summary>A subscription that exists only in the realtime tests' server, to drive the event bus without a feature.</summary>
public sealed class ProbeSubscriptionFields(RealtimeEventHub hub) : ISubscriptionFields
{
    public const string Kind = "probe";

    public void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<IdGraphType>>("probeEvents")
            .Description("Test only: the subject ids of probe events addressed to the signed-in user.")
            .Authorize()
            .ResolveStream(context => hub.Watch(Kind, context.CurrentUserId()))
            .Resolve(context => ((RealtimeEvent)context.Source!).SubjectId);
}
