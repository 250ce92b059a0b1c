using System.Security.Claims;
using Mentorship.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Auth;

/// <summary>
/// Turns presented credentials into an <see cref="Authentication"/>. Besides the token itself, the user
/// must still exist, be active and hold the token's security stamp; the role comes from the database, so
/// a role change takes effect at once.
/// </summary>
public sealed class RequestAuthenticator(AccessTokenService tokens, MentorshipDbContext db)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Reads an <c>Authorization</c> value; anything but <c>Bearer &lt;token&gt;</c> is rejected.</summary>
    public Task<Authentication> AuthenticateHeaderAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return Task.FromResult(Authentication.Anonymous);
        }

        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? AuthenticateTokenAsync(authorization[BearerPrefix.Length..].Trim(), cancellationToken)
            : Task.FromResult(Authentication.Rejected);
    }

    /// <summary>
    /// Whether a principal this authenticator made still holds: its user is active, with the same security
    /// stamp and role. Long-lived connections ask this now and then, since their token was checked only once.
    /// </summary>
    public async Task<bool> IsStillValidAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.FindUserId() is not { } userId
            || !Guid.TryParse(principal.FindFirst(MentorshipClaims.SecurityStamp)?.Value, out var stamp))
        {
            return false;
        }

        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.IsActive && u.SecurityStamp == stamp)
            .Select(u => new { u.Role })
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return user is not null && principal.IsInRole(Roles.NameOf(user.Role));
    }

    public async Task<Authentication> AuthenticateTokenAsync(string token, CancellationToken cancellationToken)
    {
        var identity = await tokens.ValidateAsync(token).ConfigureAwait(false);
        if (identity is null
            || !Guid.TryParse(identity.FindFirst(MentorshipClaims.Subject)?.Value, out var userId)
            || !Guid.TryParse(identity.FindFirst(MentorshipClaims.SecurityStamp)?.Value, out var stamp))
        {
            return Authentication.Rejected;
        }

        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Role, u.IsActive, u.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (user is null || !user.IsActive || user.SecurityStamp != stamp)
        {
            return Authentication.Rejected;
        }

        var claims = new ClaimsIdentity(
            [
                new Claim(MentorshipClaims.Subject, userId.ToString()),
                new Claim(MentorshipClaims.Role, Roles.NameOf(user.Role)),
                new Claim(MentorshipClaims.SecurityStamp, stamp.ToString()),
            ],
            authenticationType: "Bearer",
            nameType: MentorshipClaims.Subject,
            roleType: MentorshipClaims.Role);
        var expiresAt = identity.FindFirst("exp")?.Value is { } exp && long.TryParse(exp, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        return new Authentication(new ClaimsPrincipal(claims), false) { ExpiresAt = expiresAt };
    }
}
