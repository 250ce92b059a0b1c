namespace Mentorship.GraphQL.Realtime;

/// <summary>
/// Exponential backoff with jitter: attempt n waits between half and all of
/// <c>min(max, first · 2^(n-1))</c>, so instances that lost the database together do not all knock at once,
/// and none waits longer than the cap.
/// </summary>
public static class ReconnectBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan first, TimeSpan max)
    {
        var doublings = Math.Min(Math.Max(attempt - 1, 0), 30);
        var ceiling = Math.Min(first.TotalMilliseconds * Math.Pow(2, doublings), max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }
}
