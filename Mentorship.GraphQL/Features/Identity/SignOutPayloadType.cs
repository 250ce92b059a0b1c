using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class SignOutPayloadType : ObjectGraphType<SignOutPayload>
{
    public SignOutPayloadType()
    {
        Name = "SignOutPayload";
        Description = "The outcome of `signOut`.";
        Field(p => p.RevokedTokens).Description("How many refresh tokens that still worked were revoked; 0 when the session had already ended.");
        Field<ListGraphType<NonNullGraphType<SignOutErrorType>>>("errors")
            .Description("Why sign-out was refused; null on success.")
            .Resolve(c => c.Source.Errors);
    }
}
