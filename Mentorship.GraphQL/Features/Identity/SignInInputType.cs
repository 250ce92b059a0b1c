using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class SignInInputType : InputObjectGraphType<SignInInput>
{
    public SignInInputType()
    {
        Name = "SignInInput";
        Description = "Credentials of an existing account.";
        Field(i => i.Email).Description("The sign-in address; case and surrounding spaces do not matter.");
        Field(i => i.Password).Description("The account's password.");
    }
}
