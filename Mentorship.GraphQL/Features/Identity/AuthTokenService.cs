using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>
/// Sessions: an access token plus a refresh token, which the database keeps only as a SHA-256 hash. Every
/// refresh spends the token and issues the next one of its family (one family per sign-in); presenting a
/// spent token again means it was copied, so the whole family is revoked.
/// </summary>
public sealed class AuthTokenService(
    MentorshipDbContext db,
    AccessTokenService accessTokens,
    IOptions<JwtOptions> jwtOptions,
    SecurityStamps securityStamps,
    TimeProvider clock)
{
    private const int RefreshTokenBytes = 32;

    /// <summary>Opens a new session (a new token family) for a user whose credentials were just proven.</summary>
    public async Task<AuthTokens> IssueAsync(User user, CancellationToken cancellationToken)
    {
        var (token, entity) = NewRefreshToken(user.Id, familyId: Guid.CreateVersion7(clock.GetUtcNow()));
        db.RefreshTokens.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return Pair(user, token, entity);
    }

    /// <summary>
    /// Exchanges a refresh token for a new pair. Spending is one conditional UPDATE, so of two concurrent
    /// exchanges of one token exactly one succeeds; the other is refused without ending the session.
    /// </summary>
    public async Task<Payload<AuthTokens>> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = Hash(refreshToken);
        var stored = await db.RefreshTokens.AsNoTracking()
            .Include(t => t.User)
            .SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (stored is null)
        {
            return new InvalidRefreshTokenError();
        }

        if (stored.RevokedAt is not null)
        {
            if (stored.RevokedReason == RefreshTokenRevocation.Rotated)
            {
                await RevokeFamilyAsync(stored.FamilyId, RefreshTokenRevocation.ReuseDetected, now, cancellationToken);
            }

            return new InvalidRefreshTokenError();
        }

        if (stored.ExpiresAt <= now)
        {
            return new InvalidRefreshTokenError();
        }

        if (!stored.User.IsActive)
        {
            await RevokeFamilyAsync(stored.FamilyId, RefreshTokenRevocation.UserDeactivated, now, cancellationToken);
            return new AccountDeactivatedError();
        }

        var (token, next) = NewRefreshToken(stored.UserId, stored.FamilyId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The user's row lock orders this rotation against sign-out everywhere and deactivation, which take it
        // too: either they see the new token and revoke it, or this rotation sees their outcome and refuses.
        var stillActive = await db.Database
            .SqlQuery<bool>($"SELECT is_active AS \"Value\" FROM users WHERE id = {stored.UserId} FOR NO KEY UPDATE")
            .SingleAsync(cancellationToken);
        if (!stillActive)
        {
            return new AccountDeactivatedError();
        }

        var spent = await db.RefreshTokens
            .Where(t => t.Id == stored.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(t => t.RevokedAt, now)
                    .SetProperty(t => t.RevokedReason, RefreshTokenRevocation.Rotated)
                    .SetProperty(t => t.ReplacedById, next.Id),
                cancellationToken);
        if (spent == 0)
        {
            return new InvalidRefreshTokenError();
        }

        db.RefreshTokens.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Pair(stored.User, token, next);
    }

    /// <summary>
    /// Ends the caller's session given by its refresh token, or with <c>everywhere</c> all of the caller's
    /// sessions, including access tokens already issued and sockets open with them (the security stamp is renewed).
    /// </summary>
    public async Task<Payload<int>> SignOutAsync(Guid userId, SignOutInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (input.Everywhere == true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Changing the stamp first takes the user's row lock, so a rotation under way commits before the
            // tokens are revoked below (and its new token with them), and a later one waits and then finds its token revoked.
            // The change is announced with the commit, so every instance closes the user's open sockets at once.
            await securityStamps.RenewAsync(userId, cancellationToken);
            var revokedEverywhere = await Revoke(db.RefreshTokens.Where(t => t.UserId == userId && t.ExpiresAt > now), RefreshTokenRevocation.SignedOut, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return revokedEverywhere;
        }

        if (string.IsNullOrEmpty(input.RefreshToken))
        {
            return new InvalidInputError("refreshToken", "Give the refresh token of the session to end, or set everywhere to true.");
        }

        var hash = Hash(input.RefreshToken);
        var revoked = await Revoke(db.RefreshTokens.Where(t => t.TokenHash == hash && t.UserId == userId && t.ExpiresAt > now), RefreshTokenRevocation.SignedOut, now, cancellationToken);

        // A token of the caller's that already stopped working signs out nothing, and that is no error; someone else's token is.
        if (revoked == 0 && !await db.RefreshTokens.AnyAsync(t => t.TokenHash == hash && t.UserId == userId, cancellationToken))
        {
            return new InvalidRefreshTokenError();
        }

        return revoked;
    }

    internal static byte[] Hash(string refreshToken) => SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken));

    private static Task<int> Revoke(IQueryable<RefreshToken> tokens, RefreshTokenRevocation reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        tokens.Where(t => t.RevokedAt == null).ExecuteUpdateAsync(
            set => set.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedReason, reason),
            cancellationToken);

    private Task<int> RevokeFamilyAsync(Guid familyId, RefreshTokenRevocation reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        Revoke(db.RefreshTokens.Where(t => t.FamilyId == familyId), reason, now, cancellationToken);

    private (string Token, RefreshToken Entity) NewRefreshToken(Guid userId, Guid familyId)
    {
        var now = clock.GetUtcNow();
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RefreshTokenBytes));
        return (token, new RefreshToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + jwtOptions.Value.RefreshTokenLifetime,
        });
    }

    private AuthTokens Pair(User user, string refreshToken, RefreshToken entity)
    {
        var access = accessTokens.Issue(user);
        return new AuthTokens(access.Value, access.ExpiresAt, refreshToken, entity.ExpiresAt);
    }
}
