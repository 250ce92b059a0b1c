using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Mentors;

/// <summary>A mentor's ratings in short: their average (null before the first) and how many there are.</summary>
public sealed record MentorRating(double? Average, int Count)
{
    public static MentorRating Of(Profile profile) => new(profile.RatingAverage, profile.RatingCount);
}
