using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class RefreshTokensErrorType : UnionGraphType
{
    public RefreshTokensErrorType()
    {
        Name = "RefreshTokensError";
        Description = "Why a refresh token was not exchanged.";
        Type<InvalidRefreshTokenErrorType>();
        Type<AccountDeactivatedErrorType>();
    }
}
