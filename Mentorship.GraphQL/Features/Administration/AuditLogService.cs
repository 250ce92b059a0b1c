using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Paging;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Administration;

/// <summary>Reads the audit log; <see cref="AdministrationService"/> writes it, in the transaction of each change.</summary>
public sealed class AuditLogService(MentorshipDbContext db)
{
    // ORDER BY created_at DESC, id DESC walks the log's index forwards.
    private static readonly Keyset<AuditLogEntry> NewestFirst = new Keyset<AuditLogEntry>("audit-log:newest")
        .Descending(e => e.CreatedAt)
        .Descending(e => e.Id);

    public Task<Connection<AuditLogEntry>> ListAsync(PageArguments page, CancellationToken cancellationToken) =>
        NewestFirst.PageAsync(db.AuditLogEntries.AsNoTracking(), page, cancellationToken);
}
