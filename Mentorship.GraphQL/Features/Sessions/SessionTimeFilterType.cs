using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Sessions;

public sealed class SessionTimeFilterType : EnumerationGraphType<SessionTimeFilter>
{
    public SessionTimeFilterType()
    {
        Name = "SessionTimeFilter";
        Description = "Which sessions to list, by where they stand in time.";
        Values["UPCOMING"]!.Description = "Sessions that have not ended yet (running ones included, cancelled ones too), soonest first.";
        Values["PAST"]!.Description = "Sessions that have ended: completed ones and cancelled ones whose time has passed, latest first.";
        Values["ALL"]!.Description = "Every session, latest first.";
    }
}
