using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class DeclineMentorshipRequestPayloadType : ObjectGraphType<DeclineMentorshipRequestPayload>
{
    public DeclineMentorshipRequestPayloadType()
    {
        Name = "DeclineMentorshipRequestPayload";
        Description = "The result of `declineMentorshipRequest`.";
        Field<MentorshipRequestType>("request").Description("The request, now declined; null when `errors` is set.").Resolve(c => c.Source.Request);
        Field<ListGraphType<NonNullGraphType<DeclineMentorshipRequestErrorType>>>("errors")
            .Description("Why nothing changed; null on success.")
            .Resolve(c => c.Source.Errors);
    }
}
