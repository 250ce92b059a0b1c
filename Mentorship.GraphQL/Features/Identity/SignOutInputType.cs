using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class SignOutInputType : InputObjectGraphType<SignOutInput>
{
    public SignOutInputType()
    {
        Name = "SignOutInput";
        Description = "What to sign out: one session, by its refresh token, or every session of the signed-in user.";
        Field(i => i.RefreshToken, nullable: true).Description("The refresh token of the session to end; it must belong to the signed-in user.");
        Field(i => i.Everywhere, nullable: true)
            .Description("True ends every session of the signed-in user: all refresh tokens are revoked and access tokens already issued stop working.");
    }
}
