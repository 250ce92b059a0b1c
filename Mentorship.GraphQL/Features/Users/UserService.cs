using Mentorship.Data;
using Mentorship.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Users;

/// <summary>Reads users with their profiles.</summary>
public sealed class UserService(MentorshipDbContext db)
{
    public Task<User?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Include(u => u.Profile).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
}
