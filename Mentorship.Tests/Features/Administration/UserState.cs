using Mentorship.Data.Entities;

namespace Mentorship.Tests.Features.Administration;

/// <summary>A user's role, state, stamp and number of working refresh tokens.</summary>
internal sealed record UserState(Role Role, bool IsActive, DateTimeOffset? DeactivatedAt, Guid SecurityStamp, int LiveRefreshTokens);
