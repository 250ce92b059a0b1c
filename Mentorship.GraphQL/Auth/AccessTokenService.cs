using System.Security.Claims;
using System.Text;
using Mentorship.Data.Entities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.GraphQL.Auth;

/// <summary>Issues and checks access tokens: HS256 only, with issuer, audience and lifetime enforced.</summary>
public sealed class AccessTokenService
{
    private readonly JwtOptions options;
    private readonly TimeProvider clock;
    private readonly SymmetricSecurityKey key;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public AccessTokenService(IOptions<JwtOptions> options, TimeProvider clock)
    {
        this.options = options.Value;
        this.clock = clock;
        key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(this.options.SigningKey!));
    }

    public AccessToken Issue(User user)
    {
        var now = clock.GetUtcNow();
        var expires = now + options.AccessTokenLifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                [MentorshipClaims.Subject] = user.Id.ToString(),
                [MentorshipClaims.Role] = Roles.NameOf(user.Role),
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
                [MentorshipClaims.SecurityStamp] = user.SecurityStamp.ToString(),
            },
        };
        return new AccessToken(handler.CreateToken(descriptor), DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>The token's claims when its signature, algorithm, issuer, audience and lifetime hold; otherwise null.</summary>
    public async Task<ClaimsIdentity?> ValidateAsync(string token)
    {
        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = options.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, parameters) => IsWithinLifetime(notBefore, expires, parameters.ClockSkew),
            NameClaimType = MentorshipClaims.Subject,
            RoleClaimType = MentorshipClaims.Role,
        }).ConfigureAwait(false);
        return result.IsValid ? result.ClaimsIdentity : null;
    }

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return expires is { } exp && now < exp + skew && (notBefore is not { } nbf || now >= nbf - skew);
    }
}
