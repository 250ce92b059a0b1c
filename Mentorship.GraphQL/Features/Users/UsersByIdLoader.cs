using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Loading;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Users;

/// <summary>Users with their profiles, by id, for fields that point at a user (a request's mentor, a mentorship's mentee).</summary>
public sealed class UsersByIdLoader(MentorshipDbContext db) : BatchLoader<Guid, User>
{
    protected override async Task<IReadOnlyDictionary<Guid, User>> FetchAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(DisplayedUser.Columns)
            .ToDictionaryAsync(u => u.Id, cancellationToken);
    }
}
