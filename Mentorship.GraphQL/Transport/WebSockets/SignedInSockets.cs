using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Realtime;

namespace Mentorship.GraphQL.Transport.WebSockets;

/// <summary>
/// This instance's signed-in sockets by user. When a user's security stamp changes on any instance
/// (<see cref="SecurityStamps.RenewAsync"/>: sign-out everywhere, deactivation, a role change), the announcement reaches
/// every instance through PostgreSQL, and each closes that user's sockets here with 4403.
/// </summary>
public sealed class SignedInSockets : IRealtimeReaction
{
    private readonly Dictionary<Guid, HashSet<GraphQLWebSocketConnection>> byUser = [];

    public string Kind => SecurityStamps.ChangedEventKind;

    /// <summary>Remembers <paramref name="connection"/> as speaking for <paramref name="userId"/> until the returned registration is disposed.</summary>
    public IDisposable Register(Guid userId, GraphQLWebSocketConnection connection)
    {
        lock (byUser)
        {
            if (!byUser.TryGetValue(userId, out var connections))
            {
                byUser[userId] = connections = [];
            }

            connections.Add(connection);
        }

        return new Registration(this, userId, connection);
    }

    public void React(RealtimeEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        GraphQLWebSocketConnection[] connections;
        lock (byUser)
        {
            connections = byUser.TryGetValue(change.SubjectId, out var registered) ? [.. registered] : [];
        }

        foreach (var connection in connections)
        {
            connection.Close(ConnectionClose.Forbidden);
        }
    }

    private void Remove(Guid userId, GraphQLWebSocketConnection connection)
    {
        lock (byUser)
        {
            if (byUser.TryGetValue(userId, out var connections) && connections.Remove(connection) && connections.Count == 0)
            {
                byUser.Remove(userId);
            }
        }
    }

    private sealed class Registration(SignedInSockets sockets, Guid userId, GraphQLWebSocketConnection connection) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                sockets.Remove(userId, connection);
            }
        }
    }
}
