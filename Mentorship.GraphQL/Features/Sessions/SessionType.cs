using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Scheduling;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Sessions;

public sealed class SessionType : ObjectGraphType<Session>
{
    public SessionType()
    {
        Name = "Session";
        Description = "A booked meeting of a mentor and a mentee within their mentorship. Visible only to those two; kept for good, also when cancelled.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The session's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeType>>("startsAt").Description("When it starts.").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeType>>("endsAt").Description("When it ends; a session ending as another starts does not overlap it.").Resolve(c => c.Source.EndsAt);
        Field<NonNullGraphType<SessionStatusType>>("status")
            .Description("Where it stands now: COMPLETED once a scheduled session has ended.")
            .Resolve(c => SessionStates.At(c.Source, c.Service<TimeProvider>().GetUtcNow()));
        Field(s => s.Agenda, nullable: true).Description("What the mentee wanted to talk about, if they said.");
        Field<NonNullGraphType<DateTimeType>>("createdAt").Description("When the mentee booked it.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeType>("cancelledAt").Description("When it was cancelled; null unless cancelled.").Resolve(c => c.Source.CancelledAt);
        Field<UserType>("cancelledBy")
            .Description("Who cancelled it: its mentor or mentee (also by ending the mentorship); null unless cancelled.")
            .Resolve(c => c.Source.CancelledById is { } id ? c.Service<UsersByIdLoader>().Load(id) : null);
        Field(s => s.CancellationReason, nullable: true).Description("Why it was cancelled, if a reason was given.");
        Field<NonNullGraphType<UserType>>("mentor").Description("The mentor.").Resolve(c => c.Service<UsersByIdLoader>().Load(c.Source.MentorId));
        Field<NonNullGraphType<UserType>>("mentee").Description("The mentee.").Resolve(c => c.Service<UsersByIdLoader>().Load(c.Source.MenteeId));
        Field<FeedbackType>("feedback")
            .Description("The mentee's rating of the session once completed; null until given.")
            .Resolve(c => c.Service<FeedbackBySessionIdLoader>().Load(c.Source.Id));
    }
}
