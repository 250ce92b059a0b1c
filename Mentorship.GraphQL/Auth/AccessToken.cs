namespace Mentorship.GraphQL.Auth;

/// <summary>A signed access token and the instant it stops working.</summary>
public sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);
