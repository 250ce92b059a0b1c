using System.Text.RegularExpressions;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>How emails are checked and compared: trimmed, then compared in lower case.</summary>
public static partial class EmailAddress
{
    /// <summary>The longest address SMTP can carry.</summary>
    public const int MaximumLength = 254;

    /// <summary>The form stored in <c>NormalizedEmail</c>, unique per account.</summary>
    public static string Normalize(string trimmedEmail) => trimmedEmail.ToLowerInvariant();

    /// <summary>Why a trimmed address cannot be used, or null when it can.</summary>
    public static string? Problem(string trimmedEmail) =>
        trimmedEmail.Length > MaximumLength ? $"An email address may have at most {MaximumLength} characters."
        : !Shape().IsMatch(trimmedEmail) ? "This is not an email address, such as `ada@example.com`."
        : null;

    // Deliberately plain: one local part, one '@', a domain of at least two dot-separated labels, no spaces or control characters.
    [GeneratedRegex(@"^[^@\s\p{C}]{1,64}@(?:[^@\s\p{C}.]+\.)+[^@\s\p{C}.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
