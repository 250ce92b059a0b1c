using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Auth;

/// <summary>A JWT assembled from its parts: header, claims and an HMAC signature (or none).</summary>
internal sealed record HandBuiltToken(IReadOnlyDictionary<string, object> Claims)
{
    public string Algorithm { get; init; } = "HS256";

    public string Key { get; init; } = MentorshipApp.SigningKey;

    public bool TamperAfterSigning { get; init; }

    public HandBuiltToken With(string claim, object value) => this with { Claims = new Dictionary<string, object>(Claims) { [claim] = value } };

    public HandBuiltToken Without(string claim)
    {
        var claims = new Dictionary<string, object>(Claims);
        claims.Remove(claim);
        return this with { Claims = claims };
    }

    public string Build()
    {
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg = Algorithm, typ = "JWT" }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(Claims));
        var signingInput = Encoding.ASCII.GetBytes($"{header}.{payload}");
        var key = Encoding.UTF8.GetBytes(Key);
        var signature = Algorithm switch
        {
            "HS256" => Encode(HMACSHA256.HashData(key, signingInput)),
            "HS512" => Encode(HMACSHA512.HashData(key, signingInput)),
            _ => string.Empty,
        };
        if (TamperAfterSigning)
        {
            payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>(Claims) { ["role"] = "ADMIN" }));
        }

        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
