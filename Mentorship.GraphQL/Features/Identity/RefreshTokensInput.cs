namespace Mentorship.GraphQL.Features.Identity;

public sealed record RefreshTokensInput(string RefreshToken);
