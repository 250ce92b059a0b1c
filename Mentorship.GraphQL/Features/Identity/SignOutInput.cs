namespace Mentorship.GraphQL.Features.Identity;

/// <summary>What to sign out: one session, by its refresh token, or every session of the signed-in user.</summary>
/// <param name="RefreshToken">The refresh token of the session to end; it must belong to the signed-in user.</param>
/// <param name="Everywhere">True ends every session of the signed-in user: all refresh tokens are revoked and access tokens already issued stop working.</param>
public sealed record SignOutInput(string? RefreshToken, bool? Everywhere);
