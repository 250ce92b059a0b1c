using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>A new account.</summary>
/// <param name="Email">The sign-in address: trimmed, at most 254 characters, unique regardless of case.</param>
/// <param name="Password">8 to 72 bytes as UTF-8.</param>
/// <param name="DisplayName">The name shown to others: trimmed, 1 to 100 characters.</param>
/// <param name="Role">`MENTEE` or `MENTOR`; nobody signs up as `ADMIN`.</param>
public sealed record SignUpInput(string Email, string Password, string DisplayName, Role Role);
