using System.Security.Claims;

namespace Mentorship.GraphQL.Auth;

/// <summary>
/// Who a request or socket speaks for: nobody (no credentials), a user, or a rejection when
/// credentials were presented but do not hold. A rejected request never runs as anonymous.
/// </summary>
public sealed record Authentication(ClaimsPrincipal Principal, bool IsRejected)
{
    public static Authentication Anonymous { get; } = new(new ClaimsPrincipal(new ClaimsIdentity()), false);

    public static Authentication Rejected { get; } = new(new ClaimsPrincipal(new ClaimsIdentity()), true);

    /// <summary>When the access token behind this principal stops working; null for anonymous.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
