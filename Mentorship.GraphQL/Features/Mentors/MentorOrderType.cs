using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Mentors;

public sealed class MentorOrderType : EnumerationGraphType<MentorOrder>
{
    public MentorOrderType()
    {
        Name = "MentorOrder";
        Description = "How the mentor list is ordered. Every order ends with the mentor's id, so pages never skip or repeat a mentor.";
        Values["RATING"]!.Description = "Best rated first: average rating (unrated mentors last), then number of ratings, then display name.";
        Values["NEWEST"]!.Description = "Most recently joined first.";
        Values["NAME"]!.Description = "By display name, A to Z.";
    }
}
