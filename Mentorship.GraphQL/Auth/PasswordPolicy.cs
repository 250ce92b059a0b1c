using System.Text;

namespace Mentorship.GraphQL.Auth;

/// <summary>What a new password must be. Lengths count UTF-8 bytes, because bcrypt reads no further than 72 of them.</summary>
public static class PasswordPolicy
{
    public const int MinimumBytes = 8;
    public const int MaximumBytes = 72;

    /// <summary>Why <paramref name="password"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string password)
    {
        var bytes = Encoding.UTF8.GetByteCount(password);
        return bytes switch
        {
            < MinimumBytes => $"A password needs at least {MinimumBytes} bytes (as UTF-8).",
            > MaximumBytes => $"A password may have at most {MaximumBytes} bytes (as UTF-8); longer ones would be cut short by bcrypt.",
            _ => null,
        };
    }
}
