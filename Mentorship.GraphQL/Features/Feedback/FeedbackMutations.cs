using GraphQL;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Features.Sessions;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.RootFields;
using FeedbackEntity = Mentorship.Data.Entities.Feedback;

namespace Mentorship.GraphQL.Features.Feedback;

public sealed class FeedbackMutations
{
    /// <summary>
    /// Rates a completed session of the signed-in mentee's, once: a rating from 1 to 5 and an optional comment. Mentees
    /// only. The mentor's `rating` counts it at once, and the mentor hears of it through `sessionUpdated`. Anonymous to
    /// everyone but the session's two parties unless `showName` is true.
    /// </summary>
    /// <param name="input">The session, the rating, an optional comment, and whether to show the mentee's name.</param>
    /// <returns>The new feedback; null when `errors` is set.</returns>
    [Authorize(Roles = Roles.Mentee)]
    [PayloadField("feedback")]
    [Error<InvalidInputError>, Error<SessionNotFoundError>, Error<SessionNotCompletedError>, Error<FeedbackAlreadyGivenError>]
    public static Task<Payload<FeedbackEntity>> SubmitFeedbackAsync(
        [FromServices] FeedbackService feedback, [CallerId] Guid callerId, SubmitFeedbackInput input, CancellationToken cancellationToken) =>
        feedback.SubmitAsync(callerId, input, cancellationToken);
}
