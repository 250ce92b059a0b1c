using GraphQL;

namespace Mentorship.GraphQL.Features.Sessions;

/// <summary>A session the signed-in mentee books with one of their mentors.</summary>
/// <param name="MentorId">A mentor the caller has an active mentorship with.</param>
/// <param name="StartsAt">The start: one of the mentor's available slots, such as `availableSlots` lists, at least two hours ahead.</param>
/// <param name="DurationMinutes">The length: 15 to 180 minutes, inside one availability block.</param>
/// <param name="Agenda">What the mentee wants to talk about: at most 2000 characters. Blank counts as none.</param>
public sealed record BookSessionInput([property: Id] Guid MentorId, DateTimeOffset StartsAt, int DurationMinutes, string? Agenda);
