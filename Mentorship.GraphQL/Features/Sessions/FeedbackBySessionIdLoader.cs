using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Loading;
using Microsoft.EntityFrameworkCore;
using FeedbackEntity = Mentorship.Data.Entities.Feedback;

namespace Mentorship.GraphQL.Features.Sessions;

/// <summary>Feedback by the id of the session it rates, for <c>Session.feedback</c>.</summary>
public sealed class FeedbackBySessionIdLoader(MentorshipDbContext db) : BatchLoader<Guid, FeedbackEntity>
{
    protected override async Task<IReadOnlyDictionary<Guid, FeedbackEntity>> FetchAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        return await db.Feedback.AsNoTracking()
            .Where(f => ids.Contains(f.SessionId))
            .ToDictionaryAsync(f => f.SessionId, cancellationToken);
    }
}
