using GraphQL.Types;
using Mentorship.GraphQL.Features.Users;

namespace Mentorship.GraphQL.Features.Mentors;

public sealed class RecommendedMentorType : ObjectGraphType<RecommendedMentor>
{
    public RecommendedMentorType()
    {
        Name = "RecommendedMentor";
        Description = "A mentor suggested for the signed-in mentee.";
        Field<NonNullGraphType<UserType>>("mentor").Description("The mentor.").Resolve(c => c.Source.Mentor);
        Field(r => r.Score)
            .Description("How many of the mentor's skills match: equal to one of the mentee's skills, or named word for word in one of the mentee's goals.");
        Field(r => r.MatchedSkills)
            .Description("Those matching skills, spelled as the mentor wrote them, in the mentor's order.");
    }
}
