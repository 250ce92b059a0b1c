namespace Mentorship.GraphQL.Features.Identity;

public sealed record SignOutInput(string? RefreshToken, bool? Everywhere);
