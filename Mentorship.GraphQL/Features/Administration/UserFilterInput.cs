using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Administration;

/// <summary>Narrows the user list; every part given must hold.</summary>
/// <param name="Role">Only users holding this role.</param>
/// <param name="IsActive">Only active users (true) or only deactivated ones (false).</param>
/// <param name="Search">
/// Text found in the user's display name or email, ignoring letter case; `%` and `_` match themselves. At most 100
/// characters, no NUL characters; blank means no search.
/// </param>
public sealed record UserFilterInput(Role? Role, bool? IsActive, string? Search);
