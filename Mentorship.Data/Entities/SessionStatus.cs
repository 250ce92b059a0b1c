namespace Mentorship.Data.Entities;

/// <summary>
/// What is stored about a session's state. A session is completed once a scheduled one has ended; that follows
/// from the clock and is never stored, so no job has to flip rows when time passes.
/// </summary>
public enum SessionStatus
{
    Scheduled,
    Cancelled,
}
