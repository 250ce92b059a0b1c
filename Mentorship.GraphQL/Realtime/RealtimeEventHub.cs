namespace Mentorship.GraphQL.Realtime;

/// <summary>
/// This instance's subscribers, each registered for one kind of event addressed to one user, and its
/// <see cref="IRealtimeReaction"/>s, each taking every event of one kind. Events reach it only from PostgreSQL
/// (see <see cref="PostgresEventListener"/>), also those published by this instance, so a subscriber hears the same
/// events whichever instance it is connected to. They come in batches — those that arrived together — and the rows
/// they are about are loaded once per batch (<see cref="IEventSubjectLoader"/>), not once per subscriber.
/// </summary>
public sealed class RealtimeEventHub(
    IEnumerable<IRealtimeReaction> reactions, IServiceScopeFactory scopes, ILogger<RealtimeEventHub> logger)
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

    /// <summary>
    /// Hands a batch of events, in commit order, to the reactions to their kinds and to their recipients' subscribers on
    /// this instance. The reactions run first, in order. Then the subjects of the events that someone here subscribes to
    /// are loaded: one query per kind for the whole batch, whatever the number of events and subscribers. Each subscriber
    /// then gets its events in order, each carrying its loaded <see cref="RealtimeEvent.Subject"/>; different
    /// subscribers are served in parallel.
    /// </summary>
    public async Task DispatchAsync(IReadOnlyList<RealtimeEvent> batch, CancellationToken cancellationToken)
    {
        foreach (var change in batch)
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
        }

        var observersOf = SubscribersOf(batch);
        var subjects = await LoadSubjectsAsync(batch, observersOf, cancellationToken);
        var eventsOf = new Dictionary<IObserver<RealtimeEvent>, List<RealtimeEvent>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < batch.Count; i++)
        {
            if (observersOf[i].Length == 0)
            {
                continue;
            }

            var change = batch[i];
            var loaded = change with { Subject = subjects.GetValueOrDefault((change.Kind, change.SubjectId)) };
            foreach (var observer in observersOf[i])
            {
                if (!eventsOf.TryGetValue(observer, out var events))
                {
                    eventsOf[observer] = events = [];
                }

                events.Add(loaded);
            }
        }

        Parallel.ForEach(eventsOf, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Deliver);
    }

    /// <summary>One subscriber's events of a batch, in order.</summary>
    private void Deliver(KeyValuePair<IObserver<RealtimeEvent>, List<RealtimeEvent>> subscriber)
    {
        foreach (var change in subscriber.Value)
        {
            try
            {
                subscriber.Key.OnNext(change);
            }
            catch (Exception exception)
            {
                // One failing subscriber must not keep the event from the others.
                RealtimeLog.SubscriberFailed(logger, exception, change.Kind, change.SubjectId);
            }
        }
    }

    /// <summary>Each event's subscribers on this instance: those of each of its (distinct) recipients.</summary>
    private IObserver<RealtimeEvent>[][] SubscribersOf(IReadOnlyList<RealtimeEvent> batch)
    {
        var observersOf = new IObserver<RealtimeEvent>[batch.Count][];
        lock (subscribers)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var change = batch[i];
                List<IObserver<RealtimeEvent>>? observers = null;
                foreach (var recipientId in change.RecipientIds.Distinct())
                {
                    if (subscribers.TryGetValue(new SubscriptionKey(change.Kind, recipientId), out var registered))
                    {
                        (observers ??= []).AddRange(registered);
                    }
                }

                observersOf[i] = observers is null ? [] : [.. observers];
            }
        }

        return observersOf;
    }

    /// <summary>
    /// The subjects of the events that have subscribers here, by kind and id, loaded in one scope with one query per
    /// kind. A kind whose loading fails is logged and left out: its subscribers get their events without a subject.
    /// </summary>
    private async Task<Dictionary<(string Kind, Guid SubjectId), object>> LoadSubjectsAsync(
        IReadOnlyList<RealtimeEvent> batch, IObserver<RealtimeEvent>[][] observersOf, CancellationToken cancellationToken)
    {
        var subjects = new Dictionary<(string Kind, Guid SubjectId), object>();
        var wanted = Enumerable.Range(0, batch.Count)
            .Where(i => observersOf[i].Length > 0)
            .GroupBy(i => batch[i].Kind, i => batch[i].SubjectId, StringComparer.Ordinal)
            .ToList();
        if (wanted.Count == 0)
        {
            return subjects;
        }

        await using var scope = scopes.CreateAsyncScope();
        var loaders = scope.ServiceProvider.GetServices<IEventSubjectLoader>().ToDictionary(l => l.Kind, StringComparer.Ordinal);
        foreach (var kind in wanted)
        {
            if (!loaders.TryGetValue(kind.Key, out var loader))
            {
                continue;
            }

            try
            {
                foreach (var (id, subject) in await loader.LoadAsync(kind.ToHashSet(), cancellationToken))
                {
                    subjects[(kind.Key, id)] = subject;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                RealtimeLog.SubjectsNotLoaded(logger, exception, kind.Key, kind.Count());
            }
        }

        return subjects;
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
