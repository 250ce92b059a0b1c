using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Features.Requests;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Sessions;

public sealed class SessionMutations
{
    /// <summary>
    /// Books a session with a mentor the signed-in mentee has an active mentorship with. Mentees only. The session
    /// starts on one of the mentor's available slots (see `availableSlots`): inside one availability block, on the
    /// quarter hour of the mentor's local time, at least two hours ahead, overlapping no scheduled session of the
    /// mentor's or the mentee's. Of concurrent bookings of one time, exactly one succeeds.
    /// </summary>
    /// <param name="input">The mentor, start, length and agenda.</param>
    /// <returns>The new scheduled session; null when `errors` is set.</returns>
    [Authorize(Roles = Roles.Mentee)]
    [PayloadField("session")]
    [Error<InvalidInputError>, Error<MentorNotFoundError>, Error<NoActiveMentorshipError>, Error<StartNotOnGridError>]
    [Error<TooSoonError>, Error<OutsideAvailabilityError>, Error<SlotTakenError>, Error<SessionConflictError>]
    public static Task<Payload<Session>> BookSessionAsync(
        [FromServices] SessionService sessions, [CallerId] Guid callerId, BookSessionInput input, CancellationToken cancellationToken) =>
        sessions.BookAsync(callerId, input, cancellationToken);

    /// <summary>Cancels a scheduled session of the signed-in user's, as mentor or mentee, before it starts. Its time becomes bookable again.</summary>
    /// <param name="input">The session and an optional reason.</param>
    /// <returns>The session, now cancelled; null when `errors` is set.</returns>
    [Authorize]
    [PayloadField("session")]
    [Error<InvalidInputError>, Error<SessionNotFoundError>, Error<SessionAlreadyCancelledError>, Error<SessionAlreadyStartedError>]
    public static Task<Payload<Session>> CancelSessionAsync(
        [FromServices] SessionService sessions, [CallerId] Guid callerId, CancelSessionInput input, CancellationToken cancellationToken) =>
        sessions.CancelAsync(callerId, input, cancellationToken);
}
