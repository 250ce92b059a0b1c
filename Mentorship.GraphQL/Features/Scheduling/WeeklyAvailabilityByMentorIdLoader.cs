using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Loading;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>Mentors' weekly availability with its blocks, by mentor id, for <c>User.availability</c>.</summary>
public sealed class WeeklyAvailabilityByMentorIdLoader(MentorshipDbContext db) : BatchLoader<Guid, WeeklyAvailability>
{
    protected override async Task<IReadOnlyDictionary<Guid, WeeklyAvailability>> FetchAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        return await db.WeeklyAvailabilities.AsNoTracking()
            .Include(a => a.Blocks)
            .Where(a => ids.Contains(a.MentorId))
            .ToDictionaryAsync(a => a.MentorId, cancellationToken);
    }
}
