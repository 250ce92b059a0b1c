namespace Mentorship.Data;

/// <summary>The sizes a mentor's weekly availability may reach.</summary>
public static class AvailabilityLimits
{
    /// <summary>How many blocks one weekly schedule may hold.</summary>
    public const int MaxBlocks = 50;

    public const int TimeZoneLength = ProfileLimits.TimeZoneLength;
}
