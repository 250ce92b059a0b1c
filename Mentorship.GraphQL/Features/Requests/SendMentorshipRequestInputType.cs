using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class SendMentorshipRequestInputType : InputObjectGraphType<SendMentorshipRequestInput>
{
    public SendMentorshipRequestInputType()
    {
        Name = "SendMentorshipRequestInput";
        Description = "A request for mentorship from the signed-in mentee.";
        Field(i => i.MentorId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The mentor to ask: an active mentor's user id.");
        Field(i => i.Message, nullable: true).Description("A note to the mentor, at most 1000 characters. Blank counts as none.");
    }
}
