using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class AdminMutations
{
    /// <summary>
    /// Gives a user another role, at once: the user is signed out everywhere (their access and refresh tokens stop
    /// working and their open sockets close), and they sign in again to act in the new role. A mentor made a mentee
    /// leaves mentor discovery; a mentee made a mentor enters it. Admins may change their own role. Refused for the
    /// last active admin (`LAST_ACTIVE_ADMIN`) and when the user already holds the role (`ROLE_UNCHANGED`). Recorded
    /// in the audit log. Admins only.
    /// </summary>
    /// <param name="input">The user and the new role.</param>
    /// <returns>The user with the new role; null when `errors` is set.</returns>
    [Authorize(Roles = Roles.Admin)]
    [PayloadField("user")]
    [Error<UserNotFoundError>, Error<RoleUnchangedError>, Error<LastActiveAdminError>]
    public static Task<Payload<User>> ChangeUserRoleAsync(
        [FromServices] AdministrationService administration, [CallerId] Guid callerId, ChangeUserRoleInput input, CancellationToken cancellationToken) =>
        administration.ChangeRoleAsync(callerId, input, cancellationToken);

    /// <summary>
    /// Deactivates a user, at once: their access and refresh tokens stop working and their open sockets close; they
    /// cannot sign in, leave mentor discovery and recommendations, and receive no new requests. Their mentorship
    /// requests, sent or received, stay on record as they are. Admins may deactivate themselves. Refused for the last
    /// active admin (`LAST_ACTIVE_ADMIN`) and for a user already deactivated. Recorded in the audit log with the
    /// reason. Admins only.
    /// </summary>
    /// <param name="input">The user and an optional reason.</param>
    /// <returns>The user, now inactive; null when `errors` is set.</returns>
    [Authorize(Roles = Roles.Admin)]
    [PayloadField("user")]
    [Error<UserNotFoundError>, Error<UserAlreadyDeactivatedError>, Error<LastActiveAdminError>, Error<InvalidInputError>]
    public static Task<Payload<User>> DeactivateUserAsync(
        [FromServices] AdministrationService administration, [CallerId] Guid callerId, DeactivateUserInput input, CancellationToken cancellationToken) =>
        administration.DeactivateAsync(callerId, input, cancellationToken);

    /// <summary>
    /// Lets a deactivated user sign in again. It restores nothing the deactivation ended: tokens issued before stay
    /// refused, so the user signs in anew. Refused for a user who is active. Recorded in the audit log. Admins only.
    /// </summary>
    /// <param name="input">The user.</param>
    /// <returns>The user, active again; null when `errors` is set.</returns>
    [Authorize(Roles = Roles.Admin)]
    [PayloadField("user")]
    [Error<UserNotFoundError>, Error<UserAlreadyActiveError>]
    public static Task<Payload<User>> ReactivateUserAsync(
        [FromServices] AdministrationService administration, [CallerId] Guid callerId, ReactivateUserInput input, CancellationToken cancellationToken) =>
        administration.ReactivateAsync(callerId, input, cancellationToken);
}
