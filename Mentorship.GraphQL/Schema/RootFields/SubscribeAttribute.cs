using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Mentorship.GraphQL.Realtime;

namespace Mentorship.GraphQL.Schema.RootFields;

/// <summary>
/// Makes a <c>…Subscriptions</c> method a subscription to one kind of realtime event: the field's stream is the
/// events of <see cref="EventKind"/> addressed to the signed-in subscriber (the hub filters out every other),
/// and the method resolves each event afresh, as the subscriber, reading the event's subject through a
/// parameter marked <see cref="EventSubjectAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SubscribeAttribute(string eventKind) : GraphQLAttribute
{
    public string EventKind { get; } = eventKind;

    public override void Modify(FieldType fieldType, bool isInputType) =>
        fieldType.StreamResolver = new SourceStreamResolver<RealtimeEvent>(context =>
            context.RequestServices!.GetRequiredService<RealtimeEventHub>().Watch(EventKind, context.CurrentUserId()));
}

/// <summary>Fills a <see cref="Guid"/> parameter of a subscription method with the id of the row the event is about.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class EventSubjectAttribute : GraphQLAttribute
{
    public override void Modify(ArgumentInformation argumentInformation) =>
        argumentInformation.SetDelegate(context => ((RealtimeEvent)context.Source!).SubjectId);
}
