using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class WithdrawMentorshipRequestPayloadType : ObjectGraphType<WithdrawMentorshipRequestPayload>
{
    public WithdrawMentorshipRequestPayloadType()
    {
        Name = "WithdrawMentorshipRequestPayload";
        Description = "The result of `withdrawMentorshipRequest`.";
        Field<MentorshipRequestType>("request").Description("The request, now withdrawn; null when `errors` is set.").Resolve(c => c.Source.Request);
        Field<ListGraphType<NonNullGraphType<WithdrawMentorshipRequestErrorType>>>("errors")
            .Description("Why nothing changed; null on success.")
            .Resolve(c => c.Source.Errors);
    }
}
