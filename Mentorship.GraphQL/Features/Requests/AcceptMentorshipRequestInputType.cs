using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class AcceptMentorshipRequestInputType : InputObjectGraphType<AcceptMentorshipRequestInput>
{
    public AcceptMentorshipRequestInputType()
    {
        Name = "AcceptMentorshipRequestInput";
        Description = "The request the signed-in mentor accepts.";
        Field(i => i.RequestId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The pending request addressed to the caller.");
    }
}
