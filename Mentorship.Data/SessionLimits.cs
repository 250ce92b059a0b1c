namespace Mentorship.Data;

/// <summary>The rules of time a session is held to; the database checks the durations and text sizes too.</summary>
public static class SessionLimits
{
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 180;
    public const int AgendaLength = 2000;
    public const int CancellationReasonLength = 500;

    /// <summary>Start times, and the edges of availability blocks, lie on this grid of local wall-clock time.</summary>
    public const int GridMinutes = 15;

    /// <summary>The longest range one search for available slots may cover.</summary>
    public const int MaxSlotRangeDays = 31;

    /// <summary>How far ahead of now a session must start at the earliest.</summary>
    public static TimeSpan MinimumLeadTime { get; } = TimeSpan.FromHours(2);
}
