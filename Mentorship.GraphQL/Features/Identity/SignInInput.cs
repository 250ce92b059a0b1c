namespace Mentorship.GraphQL.Features.Identity;

/// <summary>Credentials of an existing account.</summary>
/// <param name="Email">The sign-in address; case and surrounding spaces do not matter.</param>
/// <param name="Password">The account's password.</param>
public sealed record SignInInput(string Email, string Password);
