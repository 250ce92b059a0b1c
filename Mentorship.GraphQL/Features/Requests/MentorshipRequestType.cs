using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class MentorshipRequestType : ObjectGraphType<MentorshipRequest>
{
    public MentorshipRequestType()
    {
        Name = "MentorshipRequest";
        Description = "A mentee asking a mentor for mentorship. Visible only to those two; kept for good once answered.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The request's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<MentorshipRequestStatusType>>("status").Description("Where the request stands.").Resolve(c => c.Source.Status);
        Field(r => r.Message, nullable: true).Description("What the mentee wrote to the mentor, if anything.");
        Field<NonNullGraphType<DateTimeType>>("createdAt").Description("When the mentee sent it.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeType>("respondedAt")
            .Description("When it stopped being pending: accepted or declined by the mentor, or withdrawn by the mentee. Null while pending.")
            .Resolve(c => c.Source.RespondedAt);
        Field<UserType>("respondedBy")
            .Description("Who made it stop being pending: the mentor (accept, decline) or the mentee (withdraw). Null while pending.")
            .Resolve(c => c.Source.RespondedById is { } id ? c.Service<UsersByIdLoader>().Load(id) : null);
        Field(r => r.DeclineReason, nullable: true).Description("The mentor's reason for declining, if they gave one.");
        Field<NonNullGraphType<UserType>>("mentor").Description("The mentor the request is addressed to.")
            .Resolve(c => c.Service<UsersByIdLoader>().Load(c.Source.MentorId));
        Field<NonNullGraphType<UserType>>("mentee").Description("The mentee who sent it.")
            .Resolve(c => c.Service<UsersByIdLoader>().Load(c.Source.MenteeId));
    }
}
