namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>One weekly block of availability: a day and wall-clock times on it, in the schedule's time zone.</summary>
/// <param name="DayOfWeek">The day the block falls on every week.</param>
/// <param name="StartTime">Where the block begins: on the quarter hour (:00, :15, :30, :45), with zero seconds.</param>
/// <param name="EndTime">Where the block ends, after its start and on the quarter hour; `00:00` means midnight at the end of the day. A block never crosses midnight.</param>
public sealed record AvailabilityBlockInput(DayOfWeek DayOfWeek, TimeOnly StartTime, TimeOnly EndTime);
