namespace Mentorship.GraphQL.Features.Identity;

public sealed record SignInInput(string Email, string Password);
