using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema;
using FeedbackEntity = Mentorship.Data.Entities.Feedback;

namespace Mentorship.GraphQL.Features.Sessions;

public sealed class FeedbackType : ObjectGraphType<FeedbackEntity>
{
    public FeedbackType()
    {
        Name = "Feedback";
        Description = "A mentee's rating of one completed session, given once.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The feedback's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("rating").Description("From 1 (poor) to 5 (excellent).").Resolve(c => (int)c.Source.Rating);
        Field(f => f.Comment, nullable: true).Description("What the mentee wrote, if anything: at most 2000 characters.");
        Field<NonNullGraphType<DateTimeType>>("createdAt").Description("When the mentee gave it.").Resolve(c => c.Source.CreatedAt);
        Field<UserType>("mentee")
            .Description(
                "Who wrote it: shown to everyone only when the mentee chose to show their name (`showName`); always shown to the " +
                "session's mentor and mentee, who know it anyway; null for everyone else.")
            .Resolve(c => c.Source.ShowMenteeName || c.IsCaller(c.Source.MentorId) || c.IsCaller(c.Source.MenteeId)
                ? c.Service<UsersByIdLoader>().Load(c.Source.MenteeId)
                : null);
        Field<SessionType>("session")
            .Description("The session it rates; null for anyone but the session's mentor and mentee.")
            .Resolve(c => c.IsCaller(c.Source.MentorId) || c.IsCaller(c.Source.MenteeId) ? c.Service<SessionsByIdLoader>().Load(c.Source.SessionId) : null);
    }
}
