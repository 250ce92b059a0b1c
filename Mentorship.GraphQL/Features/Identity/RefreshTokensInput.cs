namespace Mentorship.GraphQL.Features.Identity;

/// <summary>A refresh token to exchange for a new pair of tokens.</summary>
/// <param name="RefreshToken">The latest refresh token of the session. Once exchanged it is spent; using it again ends the whole session.</param>
public sealed record RefreshTokensInput(string RefreshToken);
