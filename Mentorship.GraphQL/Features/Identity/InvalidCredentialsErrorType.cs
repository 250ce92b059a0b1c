using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class InvalidCredentialsErrorType : ErrorType<InvalidCredentialsError>
{
    public InvalidCredentialsErrorType()
        : base("InvalidCredentialsError", "The email and password do not match an account. Unknown emails and wrong passwords get this same error.")
    {
    }
}
