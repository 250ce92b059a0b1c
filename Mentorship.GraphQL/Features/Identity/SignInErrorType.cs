using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class SignInErrorType : UnionGraphType
{
    public SignInErrorType()
    {
        Name = "SignInError";
        Description = "Why a sign-in was refused.";
        Type<InvalidCredentialsErrorType>();
        Type<TooManySignInAttemptsErrorType>();
        Type<AccountDeactivatedErrorType>();
    }
}
