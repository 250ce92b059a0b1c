namespace Mentorship.GraphQL.Auth;

/// <summary>Token settings, bound from the <c>Jwt</c> configuration section.</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    /// <summary>The smallest signing key HS256 is given, in UTF-8 bytes.</summary>
    public const int MinimumSigningKeyBytes = 32;

    public string Issuer { get; set; } = "mentorship";

    public string Audience { get; set; } = "mentorship";

    /// <summary>The HMAC key; at least 32 bytes as UTF-8. Generated and kept locally in Development when absent.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Tolerance for clocks that disagree; tokens are checked against the server's own clock, so it stays small.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(5);
}
