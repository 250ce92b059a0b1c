namespace Mentorship.GraphQL.Realtime;

/// <summary>
/// Loads the rows that events of one <see cref="Kind"/> are about, for a whole batch of events at once: one query for
/// every subject, with whatever the subscriptions' payloads read of them (a request's two parties, say). The hub hands
/// each subscriber its event with the loaded row (<see cref="RealtimeEvent.Subject"/>), and the subscription reads it as
/// that subscriber. A feature implements it for each kind of event it subscribes to; it is registered per batch scope.
/// </summary>
public interface IEventSubjectLoader
{
    string Kind { get; }

    /// <summary>The rows with these ids, by id, in one query; ids without a row are left out.</summary>
    Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken cancellationToken);
}
