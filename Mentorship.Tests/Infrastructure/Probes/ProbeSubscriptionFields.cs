using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Realtime;
using Mentorship.GraphQL.Schema;

namespace Mentorship.Tests.Infrastructure.Probes;

/// <summary>Test-only subscriptions: a stream that ends by itself, streams the test drives, and the event bus without a feature.</summary>
public sealed class ProbeSubscriptionFields(SignalHub signals, RealtimeEventHub hub) : ISubscriptionFields
{
    /// <summary>The kind of the realtime events behind <c>probeEvents</c>.</summary>
    public const string Kind = "probe";

    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<IntGraphType>>("probeTicks")
            .AllowAnonymous()
            .Description("The numbers 1 to count, then the end of the stream.")
            .Argument<NonNullGraphType<IntGraphType>>("count", "How many numbers to send.")
            .ResolveStream(context => new CountingObservable(context.GetArgument<int>("count")));

        subscription.Field<NonNullGraphType<StringGraphType>>("probeSignals")
            .AllowAnonymous()
            .Description("Whatever the test publishes on the channel.")
            .Argument<NonNullGraphType<StringGraphType>>("channel", "The channel's name.")
            .ResolveStream(context => signals.Channel(context.GetArgument<string>("channel")));

        subscription.Field<NonNullGraphType<IdGraphType>>("probeEvents")
            .Description("The subject ids of probe events addressed to the signed-in user.")
            .Authorize()
            .ResolveStream(context => hub.Watch(Kind, context.CurrentUserId()))
            .Resolve(context => ((RealtimeEvent)context.Source!).SubjectId);
    }
}
