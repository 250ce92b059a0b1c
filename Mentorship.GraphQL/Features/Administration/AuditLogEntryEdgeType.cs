using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class AuditLogEntryEdgeType : EdgeType<AuditLogEntryType, AuditLogEntry>
{
    public AuditLogEntryEdgeType()
        : base("AuditLogEntryEdge", "The entry.")
    {
    }
}
