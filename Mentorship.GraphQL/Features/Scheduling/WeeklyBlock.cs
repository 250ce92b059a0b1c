using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>
/// One block of a weekly schedule as stored (<see cref="AvailabilityBlock"/>): a day and wall-clock times on it. An
/// <see cref="EndTime"/> of 00:00 is the midnight that ends the day: 22:00–00:00 is the day's last two hours,
/// 00:00–00:00 the whole day.
/// </summary>
public sealed record WeeklyBlock(DayOfWeek DayOfWeek, TimeOnly StartTime, TimeOnly EndTime)
{
    /// <summary>Whether the block runs until the end of its day.</summary>
    public bool EndsAtMidnight => EndTime == TimeOnly.MinValue;

    public static WeeklyBlock From(AvailabilityBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return new WeeklyBlock(block.DayOfWeek, block.StartTime, block.EndTime);
    }

    /// <summary>The end as time since the start of the day: up to a whole day, for the midnight end.</summary>
    internal TimeSpan EndOfDayOffset => EndsAtMidnight ? TimeSpan.FromDays(1) : EndTime.ToTimeSpan();
}
