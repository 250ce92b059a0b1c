using System.Text;
using Mentorship.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Realtime;

/// <summary>
/// Announces a change to every server instance with <c>pg_notify</c>, inside the transaction that makes the
/// change. PostgreSQL holds a transaction's notifications until it commits and drops them when it rolls back,
/// so an event is announced exactly when its change is committed — after the commit, never for a change that
/// did not happen, and never lost between a commit and a separate publish step.
/// </summary>
public sealed class RealtimeEventPublisher(MentorshipDbContext db)
{
    public async Task PublishAsync(RealtimeEvent change, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Publish a realtime event inside the transaction of its change (Database.BeginTransactionAsync), " +
                "so it is announced when, and only when, the change commits.");
        }

        var payload = change.ToPayload();
        if (Encoding.UTF8.GetByteCount(payload) > RealtimeChannel.MaxPayloadBytes)
        {
            throw new InvalidOperationException(
                $"A realtime event carries ids only; this one is {Encoding.UTF8.GetByteCount(payload)} bytes, over PostgreSQL's limit.");
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({RealtimeChannel.Name}, {payload})", cancellationToken);
    }
}
