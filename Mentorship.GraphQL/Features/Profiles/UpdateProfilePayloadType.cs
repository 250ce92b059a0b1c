using GraphQL.Types;
using Mentorship.GraphQL.Features.Users;

namespace Mentorship.GraphQL.Features.Profiles;

public sealed class UpdateProfilePayloadType : ObjectGraphType<UpdateProfilePayload>
{
    public UpdateProfilePayloadType()
    {
        Name = "UpdateProfilePayload";
        Description = "The result of `updateProfile`.";
        Field<ProfileType>("profile").Description("The profile after the change; null when `errors` is set.").Resolve(c => c.Source.Profile);
        Field<ListGraphType<NonNullGraphType<UpdateProfileErrorType>>>("errors")
            .Description("Every field that was refused, one error each; null on success, and then nothing was changed.")
            .Resolve(c => c.Source.Errors);
    }
}
