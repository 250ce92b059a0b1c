using System.Text;
using Mentorship.Data;

namespace Mentorship.GraphQL.Rules;

/// <summary>What makes a display name usable, for sign-up and for profile changes alike.</summary>
public static class DisplayNameRule
{
    /// <summary>Why a trimmed display name cannot be used, or null when it can. Length counts characters as PostgreSQL does.</summary>
    public static string? Problem(string trimmedDisplayName)
    {
        var length = trimmedDisplayName.EnumerateRunes().Count();
        if (length == 0)
        {
            return "A display name cannot be empty.";
        }

        if (length > ProfileLimits.DisplayNameLength)
        {
            return $"A display name may have at most {ProfileLimits.DisplayNameLength} characters.";
        }

        return trimmedDisplayName.EnumerateRunes().Any(Rune.IsControl) ? "A display name cannot contain control characters such as line breaks." : null;
    }
}
