namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>Why the scheduling rules refuse a schedule, a slot search or a booking.</summary>
public enum SchedulingProblemCode
{
    /// <summary>The time zone is not an accepted IANA name known to tzdb.</summary>
    UnknownTimeZone,

    /// <summary>More blocks than <c>AvailabilityLimits.MaxBlocks</c>.</summary>
    TooManyBlocks,

    /// <summary>A day of week outside Monday … Sunday.</summary>
    UnknownDayOfWeek,

    /// <summary>A block edge or a session start off the 15-minute grid of local time, or with seconds.</summary>
    OffGrid,

    /// <summary>A block whose end is not after its start (an end of 00:00 is midnight and always after).</summary>
    EndNotAfterStart,

    /// <summary>Two blocks of one day overlap; touching is fine.</summary>
    OverlappingBlocks,

    /// <summary>A session length outside 15 … 180 minutes.</summary>
    DurationOutOfRange,

    /// <summary>A slot search whose end is not after its start.</summary>
    EmptyRange,

    /// <summary>A slot search longer than <c>SessionLimits.MaxSlotRangeDays</c>.</summary>
    RangeTooLong,

    /// <summary>A session starting less than the minimum lead time from now.</summary>
    TooSoon,

    /// <summary>A session that does not lie inside one availability block.</summary>
    OutsideAvailability,
}
