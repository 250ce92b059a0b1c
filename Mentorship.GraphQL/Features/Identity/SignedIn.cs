using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>A user with the tokens of a session just opened for them, by sign-up or sign-in.</summary>
/// <param name="User">The signed-in user; null when refused.</param>
/// <param name="Tokens">Tokens of the new session; null when refused.</param>
public sealed record SignedIn(User User, AuthTokens Tokens);
