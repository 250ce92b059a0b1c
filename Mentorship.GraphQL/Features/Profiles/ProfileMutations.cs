using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Profiles;

public sealed class ProfileMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<UpdateProfilePayloadType>>("updateProfile")
            .Description("Changes the signed-in user's profile. Either every given field is applied, or none is and `errors` says why.")
            .Authorize()
            .Argument<NonNullGraphType<UpdateProfileInputType>>("input", "The fields to change.")
            .ResolveAsync(async c => await c.Service<ProfileService>()
                .UpdateAsync(c.CurrentUserId(), c.GetArgument<UpdateProfileInput>("input"), c.CancellationToken));
    }
}
