using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Scheduling;

public sealed class AvailabilityBlockType : ObjectGraphType<AvailabilityBlock>
{
    public AvailabilityBlockType()
    {
        Name = "AvailabilityBlock";
        Description = "One weekly stretch of a mentor's availability: a day and wall-clock times in the schedule's time zone.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The block's id; setting the schedule again gives every block a new one.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DayOfWeekType>>("dayOfWeek").Description("The day the block falls on every week.").Resolve(c => c.Source.DayOfWeek);
        Field<NonNullGraphType<LocalTimeType>>("startTime").Description("Where the block begins, on the quarter hour.").Resolve(c => c.Source.StartTime);
        Field<NonNullGraphType<LocalTimeType>>("endTime")
            .Description("Where the block ends, on the quarter hour; `00:00:00` means midnight at the end of the day.")
            .Resolve(c => c.Source.EndTime);
    }
}
