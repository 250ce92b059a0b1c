using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class EndMentorshipInputType : InputObjectGraphType<EndMentorshipInput>
{
    public EndMentorshipInputType()
    {
        Name = "EndMentorshipInput";
        Description = "The mentorship the signed-in user ends.";
        Field(i => i.MentorshipId, type: typeof(NonNullGraphType<IdGraphType>)).Description("An active mentorship the caller is mentor or mentee of.");
    }
}
