using GraphQL;
using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Administration;

/// <summary>A user and the role an admin gives them.</summary>
/// <param name="UserId">The user.</param>
/// <param name="Role">The new role; it must differ from the one the user holds.</param>
public sealed record ChangeUserRoleInput([property: Id] Guid UserId, Role Role);
