using GraphQL.Types;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class SignOutErrorType : UnionGraphType
{
    public SignOutErrorType()
    {
        Name = "SignOutError";
        Description = "Why a sign-out was refused.";
        Type<InvalidInputErrorType>();
        Type<InvalidRefreshTokenErrorType>();
    }
}
