using System.Text.Json;
using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Features.Sessions;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.Paging;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Administration;

/// <summary>
/// What admins do to users: list them, change a role, deactivate and reactivate. Each change runs in one
/// transaction with its audit log entry, so an entry exists exactly when its change does.
/// </summary>
/// <remarks>
/// Every change first locks the active admins' rows, in id order. That serialises admin changes against each other,
/// so the last-admin rule counts admins no concurrent change is taking away (two admins demoting each other at once
/// leave one), and it checks that the acting admin still is one when the change is made. Then the subject's row is
/// locked before its refresh tokens are revoked, which orders the change against a token rotation under way, as
/// sign-out everywhere does.
/// </remarks>
public sealed class AdministrationService(MentorshipDbContext db, TimeProvider clock, SessionService sessions, SecurityStamps securityStamps)
{
    public const int MaxSearchLength = 100;
    public const int MaxReasonLength = 500;

    /// <summary>Why the upcoming sessions of a deactivated user were cancelled, as both parties read it.</summary>
    public const string DeactivatedSessionReason = "Cancelled because an account of this session was deactivated.";

    private static readonly Keyset<User> NewestFirst = new Keyset<User>("users:newest")
        .Descending(u => u.CreatedAt)
        .Descending(u => u.Id);

    /// <summary>Users newest first, with their profiles, filtered by role, state and text.</summary>
    public Task<Connection<User>> ListUsersAsync(UserFilterInput? filter, PageArguments page, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking().Include(u => u.Profile).AsQueryable();
        if (filter?.Role is { } role)
        {
            users = users.Where(u => u.Role == role);
        }

        if (filter?.IsActive is { } isActive)
        {
            users = users.Where(u => u.IsActive == isActive);
        }

        var search = filter?.Search?.Trim();
        if (search?.Length > MaxSearchLength)
        {
            throw new BadUserInputException($"`where.search` may be at most {MaxSearchLength} characters.");
        }

        if (search?.Contains('\0', StringComparison.Ordinal) == true)
        {
            throw new BadUserInputException("`where.search` cannot contain NUL characters.");
        }

        if (!string.IsNullOrEmpty(search))
        {
            // Two index lookups, united, then joined to users: the email's trigram index, and the trigram index of the
            // profile's search text (display name, bio and skills), narrowed to the display name by the second ILIKE.
            var pattern = $"%{EscapeLike(search)}%";
            var byEmail = db.Users.Where(u => EF.Functions.ILike(u.NormalizedEmail, pattern, @"\")).Select(u => u.Id);
            var byName = db.Profiles
                .Where(p => EF.Functions.ILike(p.SearchText, pattern, @"\") && EF.Functions.ILike(p.DisplayName, pattern, @"\"))
                .Select(p => p.UserId);
            var matching = byEmail.Union(byName);
            users = users.Where(u => matching.Contains(u.Id));
        }

        return NewestFirst.PageAsync(users, page, cancellationToken);
    }

    /// <summary>Gives a user another role and signs them out everywhere, so no token states the old role.</summary>
    public async Task<Payload<User>> ChangeRoleAsync(Guid actorId, ChangeUserRoleInput input, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var admins = await LockActiveAdminsAsync(cancellationToken);
        var user = await LockUserAsync(input.UserId, cancellationToken);
        if (user is null)
        {
            return new UserNotFoundError();
        }

        if (user.Role == input.Role)
        {
            return new RoleUnchangedError(user.Role);
        }

        if (IsLastOf(admins, user))
        {
            return new LastActiveAdminError();
        }

        EnsureStillAdmin(admins, actorId);
        var now = clock.GetUtcNow();
        var from = user.Role;
        user.Role = input.Role;
        await SignOutEverywhereAsync(user, RefreshTokenRevocation.RoleChanged, now, cancellationToken);
        Record(actorId, AuditAction.ChangeUserRole, user.Id, new { from = Roles.NameOf(from), to = Roles.NameOf(input.Role) }, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <summary>Deactivates a user: they are signed out everywhere and cannot sign in until reactivated.</summary>
    public async Task<Payload<User>> DeactivateAsync(Guid actorId, DeactivateUserInput input, CancellationToken cancellationToken)
    {
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        if (reason?.Length > MaxReasonLength)
        {
            return new InvalidInputError("reason", $"The reason must be at most {MaxReasonLength} characters; it has {reason.Length}.");
        }

        if (reason?.Contains('\0', StringComparison.Ordinal) == true)
        {
            return new InvalidInputError("reason", "The reason cannot contain NUL characters.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var admins = await LockActiveAdminsAsync(cancellationToken);
        var user = await LockUserAsync(input.UserId, cancellationToken);
        if (user is null)
        {
            return new UserNotFoundError();
        }

        if (!user.IsActive)
        {
            return new UserAlreadyDeactivatedError();
        }

        if (IsLastOf(admins, user))
        {
            return new LastActiveAdminError();
        }

        EnsureStillAdmin(admins, actorId);
        var now = clock.GetUtcNow();
        user.IsActive = false;
        user.DeactivatedAt = now;
        await SignOutEverywhereAsync(user, RefreshTokenRevocation.UserDeactivated, now, cancellationToken);

        // The admin's reason may be meant for admins only; the other party is told the plain fact.
        await sessions.CancelFutureSessionsOfUserAsync(user.Id, actorId, DeactivatedSessionReason, cancellationToken);
        Record(actorId, AuditAction.DeactivateUser, user.Id, new { reason }, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <summary>Lets a deactivated user sign in again. Tokens and sessions ended by the deactivation stay ended.</summary>
    public async Task<Payload<User>> ReactivateAsync(Guid actorId, ReactivateUserInput input, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var admins = await LockActiveAdminsAsync(cancellationToken);
        var user = await LockUserAsync(input.UserId, cancellationToken);
        if (user is null)
        {
            return new UserNotFoundError();
        }

        if (user.IsActive)
        {
            return new UserAlreadyActiveError();
        }

        EnsureStillAdmin(admins, actorId);
        var now = clock.GetUtcNow();
        user.IsActive = true;
        user.DeactivatedAt = null;
        Record(actorId, AuditAction.ReactivateUser, user.Id, details: null, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <summary>The ids of the active admins, their rows locked for this transaction, taken in id order so that concurrent changes cannot deadlock.</summary>
    /// <remarks>
    /// A change that waited for these locks sees each row as the change before it left it: a row that stopped being an
    /// active admin is no longer returned.
    /// </remarks>
    private Task<List<Guid>> LockActiveAdminsAsync(CancellationToken cancellationToken) =>
        db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM users WHERE role = 'Admin' AND is_active ORDER BY id FOR NO KEY UPDATE")
            .ToListAsync(cancellationToken);

    /// <summary>The user with their profile, tracked, their row locked for this transaction; null when no user has the id.</summary>
    private async Task<User?> LockUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var rows = await db.Users.FromSql($"SELECT * FROM users WHERE id = {userId} FOR NO KEY UPDATE").ToListAsync(cancellationToken);
        if (rows.SingleOrDefault() is not { } user)
        {
            return null;
        }

        await db.Entry(user).Reference(u => u.Profile).LoadAsync(cancellationToken);
        return user;
    }

    /// <summary>True when <paramref name="user"/> is the only active admin left.</summary>
    private static bool IsLastOf(List<Guid> activeAdmins, User user) => activeAdmins is [var only] && only == user.Id;

    /// <summary>
    /// The caller was an admin when the request was authenticated; a change that committed since (their own
    /// demotion or deactivation, by another admin) ends their right to act, as their next request would find.
    /// </summary>
    private static void EnsureStillAdmin(List<Guid> activeAdmins, Guid actorId)
    {
        if (!activeAdmins.Contains(actorId))
        {
            throw new ForbiddenException("You are no longer an active admin.");
        }
    }

    /// <summary>
    /// Ends every session of the user: a new security stamp refuses the access tokens already issued (on the next
    /// request, and on open sockets), and their refresh tokens are revoked. The user's row is locked already, so a
    /// rotation under way has committed and its new token is revoked here too.
    /// </summary>
    private async Task SignOutEverywhereAsync(User user, RefreshTokenRevocation reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The new stamp refuses every access token at once and is announced, so every instance closes the user's sockets.
        await securityStamps.RenewAsync(user.Id, cancellationToken);
        await db.RefreshTokens
            .Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, reason), cancellationToken);
    }

    /// <summary>Adds the audit log entry of a change, saved with it.</summary>
    private void Record(Guid actorId, AuditAction action, Guid subjectUserId, object? details, DateTimeOffset now) =>
        db.AuditLogEntries.Add(new AuditLogEntry
        {
            Id = Guid.CreateVersion7(now),
            ActorId = actorId,
            Action = action,
            SubjectUserId = subjectUserId,
            Details = details is null ? null : JsonSerializer.Serialize(details),
            CreatedAt = now,
        });

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
