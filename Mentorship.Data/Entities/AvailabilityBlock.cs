namespace Mentorship.Data.Entities;

/// <summary>
/// One weekly stretch of wall-clock time in the mentor's zone, such as Mondays 15:00–17:00 Europe/Berlin, which
/// stays 15:00 local across daylight-saving changes.
/// <para>
/// Both times lie on the 15-minute grid with zero seconds. A block never crosses midnight, and
/// <see cref="EndTime"/> 00:00 means the midnight that ends the day: 22:00–00:00 is the last two hours of the
/// day and 00:00–00:00 the whole day. Any other end lies after the start. (<see cref="TimeOnly"/> has no 24:00,
/// and 00:00 is never a meaningful end otherwise, so it takes that role.)
/// </para>
/// <para>
/// Blocks of one mentor and day do not overlap; touching (09:00–10:00, 10:00–11:00) is fine. The service checks
/// that before it writes; a deferred exclusion constraint (<see cref="DatabaseConstraints.AvailabilityBlockOverlap"/>)
/// backs it up.
/// </para>
/// </summary>
public sealed class AvailabilityBlock
{
    public Guid Id { get; set; }

    public Guid MentorId { get; set; }

    /// <summary>Stored as the ISO day number, 1 = Monday … 7 = Sunday (as PostgreSQL's <c>isodow</c>).</summary>
    public DayOfWeek DayOfWeek { get; set; }

    public TimeOnly StartTime { get; set; }

    /// <summary>Where the block ends; 00:00 is the end of the day (see the type's summary).</summary>
    public TimeOnly EndTime { get; set; }
}
