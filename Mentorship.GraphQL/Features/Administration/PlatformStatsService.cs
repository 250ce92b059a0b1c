using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Administration;

/// <summary>Platform statistics in four grouped queries, whatever the number of rows.</summary>
public sealed class PlatformStatsService(MentorshipDbContext db, TimeProvider clock)
{
    public async Task<PlatformStats> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users
            .GroupBy(u => u.Role)
            .Select(g => new { Role = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Role, g => g.Count, cancellationToken);
        var requests = await db.MentorshipRequests
            .GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);

        // Completed is not stored: split scheduled sessions at now. Within a group, the latest end tells
        // SessionStates which side of now the whole group lies on.
        var sessionGroups = await db.Sessions
            .GroupBy(s => new { s.Status, Ended = s.EndsAt <= now })
            .Select(g => new { g.Key.Status, LatestEnd = g.Max(s => s.EndsAt), Count = g.Count() })
            .ToListAsync(cancellationToken);
        var sessions = sessionGroups
            .GroupBy(g => SessionStates.At(g.Status, g.LatestEnd, now))
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));

        var feedback = await db.Feedback
            .GroupBy(f => 1)
            .Select(g => new { Count = g.Count(), Average = g.Average(f => (double)f.Rating) })
            .SingleOrDefaultAsync(cancellationToken);

        return new PlatformStats(
            [.. Enum.GetValues<Role>().Select(r => new UserRoleCount(r, users.GetValueOrDefault(r)))],
            [.. Enum.GetValues<MentorshipRequestStatus>().Select(s => new RequestStatusCount(s, requests.GetValueOrDefault(s)))],
            [.. Enum.GetValues<SessionState>().Select(s => new SessionStatusCount(s, sessions.GetValueOrDefault(s)))],
            feedback?.Count ?? 0,
            feedback?.Average);
    }
}
