using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Profiles;

public sealed class ProfileMutations
{
    /// <summary>Changes the signed-in user's profile. Either every given field is applied, or none is and `errors` says why, one error per refused field.</summary>
    /// <param name="input">The fields to change.</param>
    /// <returns>The profile after the change; null when `errors` is set.</returns>
    [Authorize]
    [PayloadField("profile")]
    [Error<InvalidInputError>]
    public static Task<Payload<Profile>> UpdateProfileAsync(
        [FromServices] ProfileService profiles, [CallerId] Guid callerId, UpdateProfileInput input, CancellationToken cancellationToken) =>
        profiles.UpdateAsync(callerId, input, cancellationToken);
}
