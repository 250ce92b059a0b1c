using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>The refresh token is unknown, expired, revoked or already spent. Sign in again.</summary>
public sealed record InvalidRefreshTokenError() : DomainError("The refresh token is invalid, expired or already used. Sign in again.")
{
    public override string Code => "INVALID_REFRESH_TOKEN";
}
