using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class DeclineMentorshipRequestInputType : InputObjectGraphType<DeclineMentorshipRequestInput>
{
    public DeclineMentorshipRequestInputType()
    {
        Name = "DeclineMentorshipRequestInput";
        Description = "The request the signed-in mentor declines.";
        Field(i => i.RequestId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The pending request addressed to the caller.");
        Field(i => i.Reason, nullable: true).Description("Why, for the mentee: at most 1000 characters. Blank counts as none.");
    }
}
