using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class RefreshTokensInputType : InputObjectGraphType<RefreshTokensInput>
{
    public RefreshTokensInputType()
    {
        Name = "RefreshTokensInput";
        Description = "A refresh token to exchange for a new pair of tokens.";
        Field(i => i.RefreshToken).Description("The latest refresh token of the session. Once exchanged it is spent; using it again ends the whole session.");
    }
}
