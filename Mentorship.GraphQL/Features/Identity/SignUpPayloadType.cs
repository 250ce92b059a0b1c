using GraphQL.Types;
using Mentorship.GraphQL.Features.Users;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class SignUpPayloadType : ObjectGraphType<SignUpPayload>
{
    public SignUpPayloadType()
    {
        Name = "SignUpPayload";
        Description = "The outcome of `signUp`: the new user, already signed in, or why not.";
        Field<UserType>("user").Description("The new user; null when sign-up was refused.").Resolve(c => c.Source.User);
        Field<AuthTokensType>("tokens").Description("Tokens of the new user's first session; null when sign-up was refused.").Resolve(c => c.Source.Tokens);
        Field<ListGraphType<NonNullGraphType<SignUpErrorType>>>("errors")
            .Description("Why sign-up was refused; null on success.")
            .Resolve(c => c.Source.Errors);
    }
}
