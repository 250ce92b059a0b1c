using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class WithdrawMentorshipRequestInputType : InputObjectGraphType<WithdrawMentorshipRequestInput>
{
    public WithdrawMentorshipRequestInputType()
    {
        Name = "WithdrawMentorshipRequestInput";
        Description = "The request the signed-in mentee takes back.";
        Field(i => i.RequestId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The pending request the caller sent.");
    }
}
