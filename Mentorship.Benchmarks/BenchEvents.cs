namespace Mentorship.Benchmarks;

/// <summary>Which live update the subscription benchmark measures (<c>--events</c>).</summary>
internal enum BenchEvents
{
    /// <summary><c>mentorshipRequestUpdated</c>: each mentee has a pending request.</summary>
    Requests,

    /// <summary><c>sessionUpdated</c>: each mentee has a scheduled session.</summary>
    Sessions,
}
