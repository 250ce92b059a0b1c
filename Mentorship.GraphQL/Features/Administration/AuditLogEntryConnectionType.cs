using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class AuditLogEntryConnectionType : ConnectionType<AuditLogEntryEdgeType, AuditLogEntryType, AuditLogEntry>
{
    public AuditLogEntryConnectionType()
        : base("AuditLogEntryConnection", "A page of the audit log, newest first.")
    {
    }
}
