namespace Mentorship.GraphQL.Realtime;

/// <summary>The stream <see cref="RealtimeEventHub.Watch"/> hands out: subscribing registers with the hub.</summary>
internal sealed class RecipientEvents(RealtimeEventHub hub, SubscriptionKey key) : IObservable<RealtimeEvent>
{
    public IDisposable Subscribe(IObserver<RealtimeEvent> observer) => hub.Add(key, observer);
}
