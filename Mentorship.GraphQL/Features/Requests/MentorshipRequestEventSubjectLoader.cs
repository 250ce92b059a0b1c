using Mentorship.Data;
using Mentorship.GraphQL.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>
/// The requests a batch of <see cref="MentorshipRequestEvents.Updated"/> events are about, each with its mentee and
/// mentor and their profiles: one query, whatever the number of events and subscribers.
/// </summary>
public sealed class MentorshipRequestEventSubjectLoader(MentorshipDbContext db) : IEventSubjectLoader
{
    public string Kind => MentorshipRequestEvents.Updated;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken cancellationToken)
    {
        var ids = subjectIds.ToArray();
        return await db.MentorshipRequests.AsNoTracking()
            .Include(r => r.Mentee).ThenInclude(u => u.Profile)
            .Include(r => r.Mentor).ThenInclude(u => u.Profile)
            .Where(r => ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, object (r) => r, cancellationToken);
    }
}
