using GraphQL;

namespace Mentorship.GraphQL.Features.Administration;

/// <summary>A user an admin deactivates, and why.</summary>
/// <param name="UserId">The user, active until now.</param>
/// <param name="Reason">Why, for the audit log: at most 500 characters, no NUL characters. Blank counts as none.</param>
public sealed record DeactivateUserInput([property: Id] Guid UserId, string? Reason);
