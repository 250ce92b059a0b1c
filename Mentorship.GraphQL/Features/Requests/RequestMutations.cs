using GraphQL;
using GraphQL.Types;
using Mentorship.Data;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class RequestMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SendMentorshipRequestPayloadType>>("sendMentorshipRequest")
            .Description(
                "Asks an active mentor for mentorship. Mentees only, never to themselves. At most one pending or accepted " +
                $"(still running) request per mentor, and at most {RequestLimits.PendingPerMentee} pending requests at once. " +
                "After a mentorship ends, the mentee may ask the same mentor again.")
            .AuthorizeWithRoles(Roles.Mentee)
            .Argument<NonNullGraphType<SendMentorshipRequestInputType>>("input", "The mentor and an optional message.")
            .ResolveAsync(async c => await c.Service<MentorshipRequestService>()
                .SendAsync(c.CurrentUserId(), c.GetArgument<SendMentorshipRequestInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<AcceptMentorshipRequestPayloadType>>("acceptMentorshipRequest")
            .Description("Accepts a pending request addressed to the signed-in mentor, and starts the mentorship in the same step.")
            .AuthorizeWithRoles(Roles.Mentor)
            .Argument<NonNullGraphType<AcceptMentorshipRequestInputType>>("input", "The request to accept.")
            .ResolveAsync(async c => await c.Service<MentorshipRequestService>()
                .AcceptAsync(c.CurrentUserId(), c.GetArgument<AcceptMentorshipRequestInput>("input").RequestId, c.CancellationToken));

        mutation.Field<NonNullGraphType<DeclineMentorshipRequestPayloadType>>("declineMentorshipRequest")
            .Description("Declines a pending request addressed to the signed-in mentor, with an optional reason for the mentee.")
            .AuthorizeWithRoles(Roles.Mentor)
            .Argument<NonNullGraphType<DeclineMentorshipRequestInputType>>("input", "The request to decline and why.")
            .ResolveAsync(async c => await c.Service<MentorshipRequestService>()
                .DeclineAsync(c.CurrentUserId(), c.GetArgument<DeclineMentorshipRequestInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<WithdrawMentorshipRequestPayloadType>>("withdrawMentorshipRequest")
            .Description("Takes back a pending request the signed-in user sent.")
            .Authorize()
            .Argument<NonNullGraphType<WithdrawMentorshipRequestInputType>>("input", "The request to withdraw.")
            .ResolveAsync(async c => await c.Service<MentorshipRequestService>()
                .WithdrawAsync(c.CurrentUserId(), c.GetArgument<WithdrawMentorshipRequestInput>("input").RequestId, c.CancellationToken));

        mutation.Field<NonNullGraphType<EndMentorshipPayloadType>>("endMentorship")
            .Description("Ends an active mentorship; either the mentor or the mentee may. The pair may later start again with a new request.")
            .Authorize()
            .Argument<NonNullGraphType<EndMentorshipInputType>>("input", "The mentorship to end.")
            .ResolveAsync(async c => await c.Service<MentorshipService>()
                .EndAsync(c.CurrentUserId(), c.GetArgument<EndMentorshipInput>("input").MentorshipId, c.CancellationToken));
    }
}
