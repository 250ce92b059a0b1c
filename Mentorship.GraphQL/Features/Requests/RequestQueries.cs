using GraphQL;
using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class RequestQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MentorshipRequestConnectionType>>("myMentorshipRequests")
            .Description("The signed-in user's mentorship requests, sent or received, newest first.")
            .Authorize()
            .Argument<NonNullGraphType<RequestDirectionType>>("direction", "SENT for requests the caller sent, RECEIVED for requests addressed to them.")
            .Argument<MentorshipRequestStatusType>("status", "Only requests with this status; all when left out.")
            .PageArguments()
            .ResolveAsync(async c => await c.Service<MentorshipRequestService>().ListAsync(
                c.CurrentUserId(),
                c.GetArgument<RequestDirection>("direction"),
                c.GetArgument<MentorshipRequestStatus?>("status"),
                PageArguments.From(c),
                c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentorshipType>>>>("myMentorships")
            .Description("The signed-in user's mentorships, as mentor or mentee: active ones first, then the most recently started.")
            .Authorize()
            .ResolveAsync(async c => await c.Service<MentorshipService>().ListAsync(c.CurrentUserId(), c.CancellationToken));
    }
}
