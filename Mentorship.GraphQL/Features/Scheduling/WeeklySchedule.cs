using Mentorship.Data.Entities;
using Mentorship.GraphQL.Rules;
using NodaTime;
using NodaTime.Utility;

namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>A mentor's weekly availability ready to compute with: the zone resolved from tzdb, and the blocks by day.</summary>
public sealed class WeeklySchedule
{
    private readonly WeeklyBlock[][] blocksByIsoDay;

    public WeeklySchedule(DateTimeZone zone, IEnumerable<WeeklyBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(blocks);
        Zone = zone;
        Blocks = [.. blocks];
        blocksByIsoDay = new WeeklyBlock[8][];
        var byDay = Blocks.ToLookup(b => BclConversions.ToIsoDayOfWeek(b.DayOfWeek));
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            blocksByIsoDay[(int)day] = [.. byDay[day]];
        }
    }

    public DateTimeZone Zone { get; }

    public IReadOnlyList<WeeklyBlock> Blocks { get; }

    /// <summary>A schedule in the named tzdb zone; throws <see cref="NodaTime.TimeZones.DateTimeZoneNotFoundException"/> for an unknown name.</summary>
    public static WeeklySchedule Create(string timeZone, IEnumerable<WeeklyBlock> blocks) =>
        new(DateTimeZoneProviders.Tzdb[timeZone], blocks);

    public static WeeklySchedule From(WeeklyAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        return Create(availability.TimeZone, availability.Blocks.Select(WeeklyBlock.From));
    }

    /// <summary>
    /// The zone a schedule may name: one the platform accepts as an IANA name (<see cref="IanaTimeZones"/>) and
    /// NodaTime's tzdb knows; null for anything else.
    /// </summary>
    public static DateTimeZone? FindZone(string timeZone) =>
        IanaTimeZones.IsAccepted(timeZone) ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) : null;

    internal IReadOnlyList<WeeklyBlock> On(IsoDayOfWeek day) => blocksByIsoDay[(int)day];
}
