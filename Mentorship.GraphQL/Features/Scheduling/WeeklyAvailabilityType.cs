using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Scheduling;

public sealed class WeeklyAvailabilityType : ObjectGraphType<WeeklyAvailability>
{
    public WeeklyAvailabilityType()
    {
        Name = "WeeklyAvailability";
        Description = "A mentor's weekly schedule: blocks of wall-clock time in one time zone, the same every week. Mondays 15:00–17:00 in Europe/Berlin stays 15:00 local across daylight-saving changes.";
        Field(a => a.TimeZone).Description("The IANA time zone the blocks are read in, such as `Europe/Berlin`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AvailabilityBlockType>>>>("blocks")
            .Description("Every block, Monday first, each day's blocks by start time.")
            .Resolve(c => c.Source.Blocks.OrderBy(b => IsoDay(b.DayOfWeek)).ThenBy(b => b.StartTime));
        Field<NonNullGraphType<DateTimeType>>("updatedAt").Description("When the mentor last set the schedule.").Resolve(c => c.Source.UpdatedAt);
    }

    private static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;
}
