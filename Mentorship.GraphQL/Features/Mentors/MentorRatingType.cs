using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Mentors;

public sealed class MentorRatingType : ObjectGraphType<MentorRating>
{
    public MentorRatingType()
    {
        Name = "MentorRating";
        Description = "What mentees said of a mentor's sessions, in short.";
        Field(r => r.Average, nullable: true).Description("The average rating from 1 to 5, unrounded; null until the first rating.");
        Field(r => r.Count).Description("How many ratings the average is taken over.");
    }
}
