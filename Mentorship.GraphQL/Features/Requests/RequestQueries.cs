using GraphQL;
using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Paging;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class RequestQueries
{
    /// <summary>The signed-in user's mentorship requests, sent or received, newest first.</summary>
    /// <param name="direction">SENT for requests the caller sent, RECEIVED for requests addressed to them.</param>
    /// <param name="status">Only requests with this status; all when left out.</param>
    [Authorize]
    [OutputType(typeof(NonNullGraphType<MentorshipRequestConnectionType>))]
    public static Task<Connection<MentorshipRequest>> MyMentorshipRequestsAsync(
        [FromServices] MentorshipRequestService requests,
        [CallerId] Guid callerId,
        RequestDirection direction,
        MentorshipRequestStatus? status,
        [Page] PageArguments page,
        CancellationToken cancellationToken) =>
        requests.ListAsync(callerId, direction, status, page, cancellationToken);
}
