using GraphQL.Types;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Profiles;

public sealed class UpdateProfileErrorType : UnionGraphType
{
    public UpdateProfileErrorType()
    {
        Name = "UpdateProfileError";
        Description = "Why `updateProfile` changed nothing.";
        Type<InvalidInputErrorType>();
    }
}
