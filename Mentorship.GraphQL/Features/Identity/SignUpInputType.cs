using Mentorship.Data;
using GraphQL.Types;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Features.Users;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class SignUpInputType : InputObjectGraphType<SignUpInput>
{
    public SignUpInputType()
    {
        Name = "SignUpInput";
        Description = "A new account.";
        Field(i => i.Email).Description($"The sign-in address: trimmed, at most {EmailAddress.MaximumLength} characters, unique regardless of case.");
        Field(i => i.Password).Description($"{PasswordPolicy.MinimumBytes} to {PasswordPolicy.MaximumBytes} bytes as UTF-8.");
        Field(i => i.DisplayName).Description($"The name shown to others: trimmed, 1 to {ProfileLimits.DisplayNameLength} characters.");
        Field<NonNullGraphType<RoleType>>("role").Description("`MENTEE` or `MENTOR`; nobody signs up as `ADMIN`.");
    }
}
