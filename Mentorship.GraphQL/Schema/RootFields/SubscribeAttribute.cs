using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Mentorship.GraphQL.Realtime;

namespace Mentorship.GraphQL.Schema.RootFields;

/// <summary>
/// Makes a <c>…Subscriptions</c> method a subscription to one kind of realtime event: the field's stream is the
/// events of <see cref="EventKind"/> addressed to the signed-in subscriber (the hub filters out every other),
/// and the method resolves each event as the subscriber, from the event's subject — the row it is about, loaded once
/// for the batch the event arrived in by the kind's <see cref="IEventSubjectLoader"/> — taken through a parameter marked
/// <see cref="EventSubjectAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SubscribeAttribute(string eventKind) : GraphQLAttribute
{
    public string EventKind { get; } = eventKind;

    public override void Modify(FieldType fieldType, bool isInputType) =>
        fieldType.StreamResolver = new SourceStreamResolver<RealtimeEvent>(context =>
            context.RequestServices!.GetRequiredService<RealtimeEventHub>().Watch(EventKind, context.CurrentUserId()));
}

/// <summary>
/// Fills a parameter of a subscription method with the row the event is about, as its kind's
/// <see cref="IEventSubjectLoader"/> loaded it (<see cref="RealtimeEvent.Subject"/>): null when it was not found or
/// could not be read. Make the parameter the loader's type, nullable.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class EventSubjectAttribute : GraphQLAttribute
{
    public override void Modify(ArgumentInformation argumentInformation) =>
        argumentInformation.SetDelegateWithCast(context => ((RealtimeEvent)context.Source!).Subject);
}
