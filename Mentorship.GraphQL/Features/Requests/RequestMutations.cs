using GraphQL;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class RequestMutations
{
    /// <summary>
    /// Asks an active mentor for mentorship. Mentees only, never to themselves. At most one pending or accepted
    /// (still running) request per mentor, and at most 5 pending requests at once. After a mentorship ends, the
    /// mentee may ask the same mentor again.
    /// </summary>
    /// <param name="input">The mentor and an optional message.</param>
    /// <returns>The new pending request; null when `errors` is set.</returns>
    [Authorize(Roles = Roles.Mentee)]
    [PayloadField("request")]
    [Error<NotAMenteeError>, Error<SelfRequestError>, Error<MentorNotFoundError>, Error<DuplicateRequestError>]
    [Error<PendingRequestLimitError>, Error<InvalidInputError>]
    public static Task<Payload<MentorshipRequest>> SendMentorshipRequestAsync(
        [FromServices] MentorshipRequestService requests, [CallerId] Guid callerId, SendMentorshipRequestInput input, CancellationToken cancellationToken) =>
        requests.SendAsync(callerId, input, cancellationToken);

    /// <summary>Accepts a pending request addressed to the signed-in mentor, and starts the mentorship in the same step.</summary>
    /// <param name="input">The request to accept.</param>
    [Authorize(Roles = Roles.Mentor)]
    [Error<RequestNotFoundError>, Error<NotRequestMentorError>, Error<RequestNotPendingError>]
    public static Task<Payload<AcceptedRequest>> AcceptMentorshipRequestAsync(
        [FromServices] MentorshipRequestService requests, [CallerId] Guid callerId, AcceptMentorshipRequestInput input, CancellationToken cancellationToken) =>
        requests.AcceptAsync(callerId, input.RequestId, cancellationToken);

    /// <summary>Declines a pending request addressed to the signed-in mentor, with an optional reason for the mentee.</summary>
    /// <param name="input">The request to decline and why.</param>
    /// <returns>The request, now declined; null when `errors` is set.</returns>
    [Authorize(Roles = Roles.Mentor)]
    [PayloadField("request")]
    [Error<RequestNotFoundError>, Error<NotRequestMentorError>, Error<RequestNotPendingError>, Error<InvalidInputError>]
    public static Task<Payload<MentorshipRequest>> DeclineMentorshipRequestAsync(
        [FromServices] MentorshipRequestService requests, [CallerId] Guid callerId, DeclineMentorshipRequestInput input, CancellationToken cancellationToken) =>
        requests.DeclineAsync(callerId, input, cancellationToken);

    /// <summary>Takes back a pending request the signed-in user sent.</summary>
    /// <param name="input">The request to withdraw.</param>
    /// <returns>The request, now withdrawn; null when `errors` is set.</returns>
    [Authorize]
    [PayloadField("request")]
    [Error<RequestNotFoundError>, Error<NotRequestSenderError>, Error<RequestNotPendingError>]
    public static Task<Payload<MentorshipRequest>> WithdrawMentorshipRequestAsync(
        [FromServices] MentorshipRequestService requests, [CallerId] Guid callerId, WithdrawMentorshipRequestInput input, CancellationToken cancellationToken) =>
        requests.WithdrawAsync(callerId, input.RequestId, cancellationToken);
}
