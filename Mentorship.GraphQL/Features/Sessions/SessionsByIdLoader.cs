using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Loading;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Sessions;

/// <summary>Sessions by id, for fields that point at one (<c>Feedback.session</c>); the field decides who may see it.</summary>
public sealed class SessionsByIdLoader(MentorshipDbContext db) : BatchLoader<Guid, Session>
{
    protected override async Task<IReadOnlyDictionary<Guid, Session>> FetchAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        return await db.Sessions.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
    }
}
