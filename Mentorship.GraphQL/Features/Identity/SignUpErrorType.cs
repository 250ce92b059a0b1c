using GraphQL.Types;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class SignUpErrorType : UnionGraphType
{
    public SignUpErrorType()
    {
        Name = "SignUpError";
        Description = "Why a sign-up was refused.";
        Type<InvalidInputErrorType>();
        Type<EmailTakenErrorType>();
    }
}
