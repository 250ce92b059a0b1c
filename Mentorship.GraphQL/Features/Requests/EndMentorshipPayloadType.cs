using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class EndMentorshipPayloadType : ObjectGraphType<EndMentorshipPayload>
{
    public EndMentorshipPayloadType()
    {
        Name = "EndMentorshipPayload";
        Description = "The result of `endMentorship`.";
        Field<MentorshipType>("mentorship").Description("The mentorship, now ended; null when `errors` is set.").Resolve(c => c.Source.Mentorship);
        Field<ListGraphType<NonNullGraphType<EndMentorshipErrorType>>>("errors")
            .Description("Why nothing changed; null on success.")
            .Resolve(c => c.Source.Errors);
    }
}
