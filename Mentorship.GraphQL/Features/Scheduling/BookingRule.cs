using System.Globalization;
using Mentorship.Data;
using NodaTime;

namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>
/// Whether the mentor's schedule and the clock allow a session at a time: exactly when <see cref="SlotCalculator"/>
/// would offer that slot, leaving other sessions aside (the database's exclusion constraints refuse overlaps, also
/// between concurrent bookings).
/// </summary>
public static class BookingRule
{
    /// <summary>Null when a session of <paramref name="durationMinutes"/> may start at <paramref name="startsAt"/>; else why not.</summary>
    public static SchedulingProblem? Check(WeeklySchedule schedule, DateTimeOffset startsAt, int durationMinutes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (SlotCalculator.DurationProblem(durationMinutes) is { } problem)
        {
            return problem;
        }

        var start = Instant.FromDateTimeOffset(startsAt);
        if (!SlotCalculator.IsOnLocalGrid(start, schedule.Zone))
        {
            return new SchedulingProblem(
                SchedulingProblemCode.OffGrid,
                "startsAt",
                $"Sessions start on the quarter hour of the mentor's time zone ({schedule.Zone.Id}): at :00, :15, :30 or :45, with zero seconds.");
        }

        if (startsAt < now + SessionLimits.MinimumLeadTime)
        {
            return new SchedulingProblem(
                SchedulingProblemCode.TooSoon,
                "startsAt",
                $"A session must start at least {SessionLimits.MinimumLeadTime.TotalHours.ToString(CultureInfo.InvariantCulture)} hours from now.");
        }

        var fits = SlotCalculator.CandidateStarts(schedule, start, start + Duration.Epsilon, Duration.FromMinutes(durationMinutes)).Count > 0;
        return fits
            ? null
            : new SchedulingProblem(
                SchedulingProblemCode.OutsideAvailability,
                "startsAt",
                "The session does not lie inside one of the mentor's availability blocks.");
    }
}
