using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Administration;

/// <summary>
/// The user is the last active admin: demoting or deactivating them would leave nobody to run the platform.
/// Appoint another admin first.
/// </summary>
public sealed record LastActiveAdminError()
    : DomainError("This is the last active admin; appoint another admin before demoting or deactivating this one.");

/// <summary>The user already holds the requested role; nothing changed and nothing was recorded.</summary>
/// <param name="Role">The role the user holds.</param>
public sealed record RoleUnchangedError(Role Role) : DomainError($"This user is already {Roles.NameOf(Role)}.");

/// <summary>The user is active already; only deactivated users are reactivated.</summary>
public sealed record UserAlreadyActiveError() : DomainError("This user is already active.");

/// <summary>The user is deactivated already.</summary>
public sealed record UserAlreadyDeactivatedError() : DomainError("This user is already deactivated.");

/// <summary>No user has this id.</summary>
public sealed record UserNotFoundError() : DomainError("No user has this id.");
