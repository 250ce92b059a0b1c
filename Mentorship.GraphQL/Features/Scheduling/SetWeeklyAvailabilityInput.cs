namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>The signed-in mentor's whole weekly schedule, replacing the one before.</summary>
/// <param name="TimeZone">The IANA time zone the blocks are read in, such as `Europe/Berlin` or `UTC`: a block of 15:00–17:00 stays 15:00 local across daylight-saving changes.</param>
/// <param name="Blocks">Every block of the week, at most 50; two blocks of one day may touch but not overlap. An empty list offers no time.</param>
public sealed record SetWeeklyAvailabilityInput(string TimeZone, IReadOnlyList<AvailabilityBlockInput> Blocks);
