namespace Mentorship.GraphQL.Features.Identity;

/// <summary>A signed-in session's credentials: a short-lived access token and the refresh token that renews it.</summary>
public sealed record AuthTokens(
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt);
