using GraphQL.Types;
using Mentorship.GraphQL.Features.Sessions;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class SessionStatusCountType : ObjectGraphType<SessionStatusCount>
{
    public SessionStatusCountType()
    {
        Name = "SessionStatusCount";
        Description = "How many sessions have a status.";
        Field<NonNullGraphType<SessionStatusType>>("status").Description("The status.").Resolve(c => c.Source.Status);
        Field(r => r.Count).Description("How many sessions have it.");
    }
}
