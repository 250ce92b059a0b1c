using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class AcceptMentorshipRequestPayloadType : ObjectGraphType<AcceptMentorshipRequestPayload>
{
    public AcceptMentorshipRequestPayloadType()
    {
        Name = "AcceptMentorshipRequestPayload";
        Description = "The result of `acceptMentorshipRequest`.";
        Field<MentorshipRequestType>("request").Description("The request, now accepted; null when `errors` is set.").Resolve(c => c.Source.Request);
        Field<MentorshipType>("mentorship").Description("The mentorship the acceptance started; null when `errors` is set.").Resolve(c => c.Source.Mentorship);
        Field<ListGraphType<NonNullGraphType<AcceptMentorshipRequestErrorType>>>("errors")
            .Description("Why nothing changed; null on success.")
            .Resolve(c => c.Source.Errors);
    }
}
