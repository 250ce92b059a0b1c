using Mentorship.Data;
using Mentorship.GraphQL.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Sessions;

/// <summary>
/// The sessions a batch of <see cref="SessionEvents.Updated"/> events are about, each with its mentor and mentee, their
/// profiles, and its feedback: one query, whatever the number of events and subscribers.
/// </summary>
public sealed class SessionEventSubjectLoader(MentorshipDbContext db) : IEventSubjectLoader
{
    public string Kind => SessionEvents.Updated;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken cancellationToken)
    {
        var ids = subjectIds.ToArray();
        return await db.Sessions.AsNoTracking()
            .Include(s => s.Mentor).ThenInclude(u => u.Profile)
            .Include(s => s.Mentee).ThenInclude(u => u.Profile)
            .Include(s => s.Feedback)
            .Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, object (s) => s, cancellationToken);
    }
}
