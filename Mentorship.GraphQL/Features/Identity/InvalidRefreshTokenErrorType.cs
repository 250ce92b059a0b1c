using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class InvalidRefreshTokenErrorType : ErrorType<InvalidRefreshTokenError>
{
    public InvalidRefreshTokenErrorType()
        : base("InvalidRefreshTokenError", "The refresh token is unknown, expired, revoked or already spent. Sign in again.")
    {
    }
}
