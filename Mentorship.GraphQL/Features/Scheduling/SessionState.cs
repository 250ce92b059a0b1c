namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>A session's status as clients see it: the stored status, or <see cref="Completed"/> once a scheduled session has ended.</summary>
public enum SessionState
{
    Scheduled,
    Cancelled,
    Completed,
}
