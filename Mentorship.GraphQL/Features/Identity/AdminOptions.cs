namespace Mentorship.GraphQL.Features.Identity;

/// <summary>
/// The first admin, bound from the <c>Admin</c> configuration section (<c>Admin__Email</c>, <c>Admin__Password</c>).
/// Created at start-up when no account has the email; an existing account is never changed.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string DisplayName { get; set; } = "Administrator";

    /// <summary>False when neither email nor password is set: then no admin is created.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Email) || !string.IsNullOrEmpty(Password);
}
