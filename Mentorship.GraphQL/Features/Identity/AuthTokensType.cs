using GraphQL.Types;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class AuthTokensType : ObjectGraphType<AuthTokens>
{
    public AuthTokensType()
    {
        Name = "AuthTokens";
        Description = "Credentials of a signed-in session. Send the access token as `Authorization: Bearer …`; exchange the refresh token for a new pair before the access token expires.";
        Field(t => t.AccessToken).Description("A JWT to send as `Authorization: Bearer <accessToken>`.");
        Field<NonNullGraphType<DateTimeType>>("accessTokenExpiresAt")
            .Description("When the access token stops working.")
            .Resolve(c => c.Source.AccessTokenExpiresAt);
        Field(t => t.RefreshToken).Description("An opaque token for `refreshTokens`. It works once: each use returns a new one.");
        Field<NonNullGraphType<DateTimeType>>("refreshTokenExpiresAt")
            .Description("When the refresh token stops working if it is not used before.")
            .Resolve(c => c.Source.RefreshTokenExpiresAt);
    }
}
