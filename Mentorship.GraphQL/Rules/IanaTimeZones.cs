using Mentorship.Data;

namespace Mentorship.GraphQL.Rules;

/// <summary>
/// Time zone names the platform accepts: IANA location names (<c>Europe/Berlin</c>,
/// <c>America/Argentina/Buenos_Aires</c>, <c>Etc/GMT+5</c>) and <c>UTC</c>, from the machine's tz database.
/// Names must be spelled exactly as in the tz database. Windows names (<c>W. Europe Standard Time</c>) and bare
/// abbreviations (<c>CET</c>, <c>EST</c>) are refused: the first are not IANA names, the second say little about
/// where someone is.
/// </summary>
public static class IanaTimeZones
{
    public static bool IsAccepted(string name)
    {
        // The runtime may match a cached zone whatever the letter case, so the spelling is checked here.
        if (name.Length is 0 or > ProfileLimits.TimeZoneLength
            || !TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone)
            || !zone.HasIanaId
            || zone.Id != name)
        {
            return false;
        }

        var isLocationName = name.Contains('/', StringComparison.Ordinal)
            && !name.StartsWith("posix/", StringComparison.Ordinal)
            && !name.StartsWith("right/", StringComparison.Ordinal);
        return name == "UTC" || isLocationName;
    }
}
