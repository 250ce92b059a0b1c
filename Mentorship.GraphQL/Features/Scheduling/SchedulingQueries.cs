using GraphQL;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Scheduling;

public sealed class SchedulingQueries
{
    private const int DefaultDurationMinutes = 60;

    /// <summary>
    /// The times a session with an active mentor can be booked: starts on the quarter hour of the mentor's local
    /// time, inside one block of their weekly availability, at least two hours from now, clear of their scheduled
    /// sessions; soonest first. Open to everyone, signed in or not. Empty for a user who is not an active mentor.
    /// </summary>
    /// <param name="mentorId">The mentor's user id.</param>
    /// <param name="from">The earliest start to list.</param>
    /// <param name="to">List starts before this instant (a slot may end after it): after `from`, at most 31 days later.</param>
    /// <param name="durationMinutes">The session's length: 15 to 180 minutes; 60 when left out or null.</param>
    [AllowAnonymous]
    public static Task<IReadOnlyList<Slot>> AvailableSlotsAsync(
        [FromServices] AvailabilityService availability,
        [Id] Guid mentorId,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken,
        int? durationMinutes = DefaultDurationMinutes) =>
        availability.SlotsAsync(mentorId, from, to, durationMinutes ?? DefaultDurationMinutes, cancellationToken);
}
