using GraphQL.Types;
using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class AuditActionType : EnumerationGraphType<AuditAction>
{
    public AuditActionType()
    {
        Name = "AuditAction";
        Description = "What an admin did.";
        Values["CHANGE_USER_ROLE"]!.Description = "Gave a user another role; details hold `from` and `to`.";
        Values["DEACTIVATE_USER"]!.Description = "Deactivated a user; details hold the `reason`, null when none was given.";
        Values["REACTIVATE_USER"]!.Description = "Reactivated a user; no details.";
    }
}
