using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Sessions;
using Mentorship.GraphQL.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Pairings;

/// <summary>Mentorships: listing the caller's, and ending one from either side.</summary>
public sealed class PairingService(MentorshipDbContext db, TimeProvider clock, SessionService sessions)
{
    /// <summary>The reason stamped on the upcoming sessions that ending a mentorship cancels.</summary>
    public const string EndedSessionReason = "Cancelled because the mentorship ended.";

    /// <summary>The caller's mentorships as mentor or mentee: active ones first, then the most recently started.</summary>
    public async Task<IReadOnlyList<Pairing>> ListAsync(Guid callerId, CancellationToken cancellationToken) =>
        await db.Pairings.AsNoTracking()
            .Where(m => m.MentorId == callerId || m.MenteeId == callerId)
            .OrderBy(m => m.Status == MentorshipStatus.Active ? 0 : 1)
            .ThenByDescending(m => m.StartedAt)
            .ThenByDescending(m => m.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Ends an active mentorship the caller is part of. Its request stops counting as open, so the pair may
    /// start again with a new request. Its sessions that have not started are cancelled in the same transaction,
    /// and both parties hear of each.
    /// </summary>
    public async Task<Payload<Pairing>> EndAsync(Guid callerId, Guid mentorshipId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Pairings
            .FromSql($"SELECT * FROM mentorships WHERE id = {mentorshipId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var mentorship = rows.SingleOrDefault(m => m.MentorId == callerId || m.MenteeId == callerId);
        if (mentorship is null)
        {
            return new MentorshipNotFoundError();
        }

        if (mentorship.Status == MentorshipStatus.Ended)
        {
            return new MentorshipEndedError();
        }

        var now = clock.GetUtcNow();
        mentorship.Status = MentorshipStatus.Ended;
        mentorship.EndedAt = now;
        mentorship.EndedById = callerId;
        await db.MentorshipRequests
            .Where(r => r.Id == mentorship.RequestId)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.MentorshipEndedAt, now), cancellationToken);
        await sessions.CancelFutureSessionsOfMentorshipAsync(mentorship.Id, callerId, EndedSessionReason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mentorship;
    }
}
