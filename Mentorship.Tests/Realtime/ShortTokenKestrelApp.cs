namespace Mentorship.Tests.Realtime;

/// <summary>The server behind Kestrel with access tokens that expire after a few seconds, so sockets outlive them.</summary>
public sealed class ShortTokenKestrelApp : KestrelApp
{
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromSeconds(8);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Jwt:AccessTokenLifetime"] = AccessTokenLifetime.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };
}
