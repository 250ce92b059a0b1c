namespace Mentorship.GraphQL.Features.Mentors;

/// <summary>The orders the mentor list offers.</summary>
public enum MentorOrder
{
    Rating,
    Newest,
    Name,
}
