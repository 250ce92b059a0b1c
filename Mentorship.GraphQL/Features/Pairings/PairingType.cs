using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Pairings;

public sealed class PairingType : ObjectGraphType<Pairing>
{
    public PairingType()
    {
        Name = "Mentorship";
        Description = "A mentor and a mentee working together, started when the mentor accepted the mentee's request. Visible only to those two.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The mentorship's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<MentorshipStatusType>>("status").Description("Whether it is running.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateTimeType>>("startedAt").Description("When the request was accepted.").Resolve(c => c.Source.StartedAt);
        Field<DateTimeType>("endedAt").Description("When one of the two ended it; null while active.").Resolve(c => c.Source.EndedAt);
        Field<UserType>("endedBy").Description("Who ended it; null while active.")
            .Resolve(c => c.Source.EndedById is { } id ? c.Service<UsersByIdLoader>().Load(id) : null);
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("The accepted request that started it.").Resolve(c => c.Source.RequestId);
        Field<NonNullGraphType<UserType>>("mentor").Description("The mentor.").Resolve(c => c.Service<UsersByIdLoader>().Load(c.Source.MentorId));
        Field<NonNullGraphType<UserType>>("mentee").Description("The mentee.").Resolve(c => c.Service<UsersByIdLoader>().Load(c.Source.MenteeId));
    }
}
