using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class SendMentorshipRequestPayloadType : ObjectGraphType<SendMentorshipRequestPayload>
{
    public SendMentorshipRequestPayloadType()
    {
        Name = "SendMentorshipRequestPayload";
        Description = "The result of `sendMentorshipRequest`.";
        Field<MentorshipRequestType>("request").Description("The new pending request; null when `errors` is set.").Resolve(c => c.Source.Request);
        Field<ListGraphType<NonNullGraphType<SendMentorshipRequestErrorType>>>("errors")
            .Description("Why nothing changed; null on success.")
            .Resolve(c => c.Source.Errors);
    }
}
