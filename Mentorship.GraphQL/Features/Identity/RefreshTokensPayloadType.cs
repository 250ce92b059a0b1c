using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class RefreshTokensPayloadType : ObjectGraphType<RefreshTokensPayload>
{
    public RefreshTokensPayloadType()
    {
        Name = "RefreshTokensPayload";
        Description = "The outcome of `refreshTokens`: a new pair of tokens for the same session, or why not.";
        Field<AuthTokensType>("tokens").Description("The new tokens; the refresh token given is spent. Null when refused.").Resolve(c => c.Source.Tokens);
        Field<ListGraphType<NonNullGraphType<RefreshTokensErrorType>>>("errors")
            .Description("Why the refresh token was not exchanged; null on success.")
            .Resolve(c => c.Source.Errors);
    }
}
