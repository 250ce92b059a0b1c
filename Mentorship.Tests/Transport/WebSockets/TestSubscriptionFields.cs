using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Schema;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>Subscription fields that exist only in the WebSocket tests' server.</summary>
public sealed class TestSubscriptionFields(SignalHub signals) : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<IntGraphType>>("ticks")
            .AllowAnonymous()
            .Description("Test only: the numbers 1 to count, then the end of the stream.")
            .Argument<NonNullGraphType<IntGraphType>>("count", "How many numbers to send.")
            .ResolveStream(context => new CountingObservable(context.GetArgument<int>("count")));

        subscription.Field<NonNullGraphType<StringGraphType>>("signals")
            .AllowAnonymous()
            .Description("Test only: whatever the test publishes on the channel.")
            .Argument<NonNullGraphType<StringGraphType>>("channel", "The channel's name.")
            .ResolveStream(context => signals.Channel(context.GetArgument<string>("channel")));
    }
}
