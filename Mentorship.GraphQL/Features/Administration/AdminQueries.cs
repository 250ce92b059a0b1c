using GraphQL;
using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class AdminQueries
{
    /// <summary>Every user, active or not, newest first, with their emails. Admins only.</summary>
    /// <param name="where">Only users matching this filter.</param>
    [Authorize(Roles = Roles.Admin)]
    [OutputType(typeof(NonNullGraphType<UserConnectionType>))]
    public static Task<Connection<User>> UsersAsync(
        [FromServices] AdministrationService administration, UserFilterInput? where, [Page] PageArguments page, CancellationToken cancellationToken) =>
        administration.ListUsersAsync(where, page, cancellationToken);

    /// <summary>Counts over the whole platform, as of now. Admins only.</summary>
    [Authorize(Roles = Roles.Admin)]
    public static Task<PlatformStats> PlatformStatsAsync([FromServices] PlatformStatsService stats, CancellationToken cancellationToken) =>
        stats.ReadAsync(cancellationToken);

    /// <summary>
    /// Every admin action, newest first: role changes, deactivations and reactivations. Entries are written with
    /// their change and never altered or removed. Admins only.
    /// </summary>
    [Authorize(Roles = Roles.Admin)]
    [OutputType(typeof(NonNullGraphType<AuditLogEntryConnectionType>))]
    public static Task<Connection<AuditLogEntry>> AuditLogAsync(
        [FromServices] AuditLogService auditLog, [Page] PageArguments page, CancellationToken cancellationToken) =>
        auditLog.ListAsync(page, cancellationToken);
}
