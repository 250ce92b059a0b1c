using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Scheduling;

public sealed class SchedulingMutations
{
    /// <summary>
    /// Replaces the signed-in mentor's weekly availability: a time zone and every block. Mentors only. A refused
    /// schedule leaves the one before in place; errors about a block name its position in `blocks`. Sessions
    /// already booked stay as they are.
    /// </summary>
    /// <param name="input">The time zone and the blocks.</param>
    /// <returns>The availability now in force; null when `errors` is set.</returns>
    [Authorize(Roles = Roles.Mentor)]
    [PayloadField("availability")]
    [Error<InvalidInputError>, Error<UnknownTimeZoneError>, Error<BlockOffGridError>, Error<BlockEndNotAfterStartError>]
    [Error<OverlappingBlocksError>, Error<NotAMentorError>]
    public static Task<Payload<WeeklyAvailability>> SetWeeklyAvailabilityAsync(
        [FromServices] AvailabilityService availability, [CallerId] Guid callerId, SetWeeklyAvailabilityInput input, CancellationToken cancellationToken) =>
        availability.SetAsync(callerId, input, cancellationToken);
}
