using GraphQL.Types;
using Mentorship.GraphQL.Features.Scheduling;

namespace Mentorship.GraphQL.Features.Sessions;

public sealed class SessionStatusType : EnumerationGraphType<SessionState>
{
    public SessionStatusType()
    {
        Name = "SessionStatus";
        Description = "Where a session stands. It is completed once it was scheduled and has ended, read from the clock; nothing has to mark it.";
        Values["SCHEDULED"]!.Description = "Booked and not over yet: upcoming or running.";
        Values["CANCELLED"]!.Description = "Cancelled by its mentor or mentee before it started, or because the mentorship ended.";
        Values["COMPLETED"]!.Description = "Scheduled and ended.";
    }
}
