namespace Mentorship.GraphQL.Features.Sessions;

/// <summary>Which of the caller's sessions <c>mySessions</c> lists, by where they stand in time.</summary>
public enum SessionTimeFilter
{
    Upcoming,
    Past,
    All,
}
