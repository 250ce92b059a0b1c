using GraphQL.Types;
using Mentorship.GraphQL.Features.Users;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class SignInPayloadType : ObjectGraphType<SignInPayload>
{
    public SignInPayloadType()
    {
        Name = "SignInPayload";
        Description = "The outcome of `signIn`: the user and a new session, or why not.";
        Field<UserType>("user").Description("The signed-in user; null when sign-in was refused.").Resolve(c => c.Source.User);
        Field<AuthTokensType>("tokens").Description("Tokens of the new session; null when sign-in was refused.").Resolve(c => c.Source.Tokens);
        Field<ListGraphType<NonNullGraphType<SignInErrorType>>>("errors")
            .Description("Why sign-in was refused; null on success.")
            .Resolve(c => c.Source.Errors);
    }
}
