namespace Mentorship.GraphQL.Realtime;

/// <summary>
/// Reacts on this instance to every event of one <see cref="Kind"/>, whomever it names — for instance-wide work such as
/// closing a user's sockets, as opposed to the per-user subscriptions of <see cref="RealtimeEventHub.Watch"/>. Register
/// implementations as singletons of this interface; the hub calls them on its dispatch loop, so they must not block.
/// </summary>
public interface IRealtimeReaction
{
    string Kind { get; }

    void React(RealtimeEvent change);
}
