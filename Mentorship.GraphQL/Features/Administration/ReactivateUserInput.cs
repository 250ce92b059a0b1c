using GraphQL;

namespace Mentorship.GraphQL.Features.Administration;

/// <summary>A deactivated user an admin lets back in.</summary>
/// <param name="UserId">The user, deactivated until now.</param>
public sealed record ReactivateUserInput([property: Id] Guid UserId);
