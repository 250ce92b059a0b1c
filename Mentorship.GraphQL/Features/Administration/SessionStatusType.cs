using GraphQL.Types;
using Mentorship.GraphQL.Features.Scheduling;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class SessionStatusType : EnumerationGraphType<SessionState>
{
    public SessionStatusType()
    {
        Name = "SessionStatus";
        Description = "Where a session stands.";
        Values["SCHEDULED"]!.Description = "Booked and not yet ended.";
        Values["CANCELLED"]!.Description = "Cancelled by the mentor or the mentee before it started.";
        Values["COMPLETED"]!.Description = "Booked and ended.";
    }
}
