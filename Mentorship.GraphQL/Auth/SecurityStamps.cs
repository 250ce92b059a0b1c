using Mentorship.Data;
using Mentorship.GraphQL.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Auth;

/// <summary>
/// A user's security stamp: every access token carries the stamp it was issued with, and stops working once the user's
/// stamp changes. Renewing it is how a user's sessions end everywhere at once — on signing out everywhere, and for an
/// admin's deactivation or role change.
/// </summary>
public sealed class SecurityStamps(MentorshipDbContext db, RealtimeEventPublisher events)
{
    /// <summary>The realtime event announcing a renewed stamp; its subject is the user's id.</summary>
    public const string ChangedEventKind = "security_stamp_changed";

    /// <summary>
    /// Gives the user a new security stamp and announces it to every server instance, which closes the user's open
    /// sockets with 4403 as soon as the change commits (HTTP requests check the stamp anyway). Runs in the caller's
    /// transaction when there is one — so make the change it stands for (deactivation, a new role) in that same
    /// transaction — or else in a transaction of its own.
    /// </summary>
    /// <returns>False when no user has <paramref name="userId"/>; then nothing is announced.</returns>
    public async Task<bool> RenewAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await RenewInTransactionAsync(userId, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var renewed = await RenewInTransactionAsync(userId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return renewed;
    }

    private async Task<bool> RenewInTransactionAsync(Guid userId, CancellationToken cancellationToken)
    {
        var stamp = Guid.NewGuid();
        if (await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.SecurityStamp, stamp), cancellationToken) == 0)
        {
            return false;
        }

        await events.PublishAsync(new RealtimeEvent(ChangedEventKind, userId, [userId]), cancellationToken);
        return true;
    }
}
