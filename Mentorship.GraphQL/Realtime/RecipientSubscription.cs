namespace Mentorship.GraphQL.Realtime;

/// <summary>One registration with the hub; disposing it (once or more) unregisters the observer.</summary>
internal sealed class RecipientSubscription(RealtimeEventHub hub, SubscriptionKey key, IObserver<RealtimeEvent> observer) : IDisposable
{
    private int disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            hub.Remove(key, observer);
        }
    }
}
