namespace Mentorship.GraphQL.Realtime;

/// <summary>
/// This instance's subscribers, each registered for one kind of event addressed to one user, and its
/// <see cref="IRealtimeReaction"/>s, each taking every event of one kind. Events reach it only from PostgreSQL
/// (see <see cref="PostgresEventListener"/>), also those published by this instance, so a subscriber hears the same
/// events whichever instance it is connected to.
/// </summary>
public sealed class RealtimeEventHub(IEnumerable<IRealtimeReaction> reactions, ILogger<RealtimeEventHub> logger)
{
    private readonly ILookup<string, IRealtimeReaction> reactionsByKind = reactions.ToLookup(r => r.Kind, StringComparer.Ordinal);
    private readonly Dictionary<SubscriptionKey, List<IObserver<RealtimeEvent>>> subscribers = [];
    private int subscriberCount;

    /// <summary>How many subscriptions this instance holds.</summary>
    public int SubscriberCount => Volatile.Read(ref subscriberCount);

    /// <summary>
    /// The events of <paramref name="kind"/> that name <paramref name="recipientId"/> among their recipients;
    /// every other event is filtered out here, before any subscriber sees it. Disposing a subscription ends it.
    /// </summary>
    public IObservable<RealtimeEvent> Watch(string kind, Guid recipientId) => new RecipientEvents(this, new SubscriptionKey(kind, recipientId));

    /// <summary>Hands <paramref name="change"/> to the reactions to its kind, then to each of its recipients' subscribers on this instance.</summary>
    public void Dispatch(RealtimeEvent change)
    {
        foreach (var reaction in reactionsByKind[change.Kind])
        {
            try
            {
                reaction.React(change);
            }
            catch (Exception exception)
            {
                RealtimeLog.SubscriberFailed(logger, exception, change.Kind, change.SubjectId);
            }
        }

        foreach (var recipientId in change.RecipientIds.Distinct())
        {
            IObserver<RealtimeEvent>[] observers;
            lock (subscribers)
            {
                if (!subscribers.TryGetValue(new SubscriptionKey(change.Kind, recipientId), out var registered))
                {
                    continue;
                }

                observers = [.. registered];
            }

            foreach (var observer in observers)
            {
                try
                {
                    observer.OnNext(change);
                }
                catch (Exception exception)
                {
                    // One failing subscriber must not keep the event from the others.
                    RealtimeLog.SubscriberFailed(logger, exception, change.Kind, change.SubjectId);
                }
            }
        }
    }

    internal IDisposable Add(SubscriptionKey key, IObserver<RealtimeEvent> observer)
    {
        lock (subscribers)
        {
            if (!subscribers.TryGetValue(key, out var registered))
            {
                subscribers[key] = registered = [];
            }

            registered.Add(observer);
            subscriberCount++;
        }

        return new RecipientSubscription(this, key, observer);
    }

    internal void Remove(SubscriptionKey key, IObserver<RealtimeEvent> observer)
    {
        lock (subscribers)
        {
            if (subscribers.TryGetValue(key, out var registered) && registered.Remove(observer))
            {
                subscriberCount--;
                if (registered.Count == 0)
                {
                    subscribers.Remove(key);
                }
            }
        }
    }
}
