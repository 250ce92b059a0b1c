using GraphQL.Types;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Scheduling;

public sealed class SlotType : ObjectGraphType<Slot>
{
    public SlotType()
    {
        Name = "Slot";
        Description = "A time a session of the asked length can be booked: inside one availability block, at least two hours ahead, clear of the mentor's scheduled sessions.";
        Field<NonNullGraphType<DateTimeType>>("startsAt").Description("When the session would start: on the quarter hour of the mentor's local time.").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeType>>("endsAt").Description("When a session of the asked length would end.").Resolve(c => c.Source.EndsAt);
    }
}
