using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Users;

public sealed class UserQueries
{
    /// <summary>The signed-in user.</summary>
    [Authorize]
    public static Task<User?> MeAsync([FromServices] UserService users, [CallerId] Guid callerId, CancellationToken cancellationToken) =>
        users.FindAsync(callerId, cancellationToken);

    /// <summary>A user by id, or null when there is none.</summary>
    /// <param name="id">The user's id.</param>
    [Authorize]
    public static Task<User?> UserAsync([FromServices] UserService users, [Id] Guid id, CancellationToken cancellationToken) =>
        users.FindAsync(id, cancellationToken);
}
