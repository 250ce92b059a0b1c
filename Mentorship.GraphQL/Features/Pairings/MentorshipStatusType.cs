using GraphQL.Types;
using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Pairings;

public sealed class MentorshipStatusType : EnumerationGraphType<MentorshipStatus>
{
    public MentorshipStatusType()
    {
        Name = "MentorshipStatus";
        Description = "Whether a mentorship is running.";
        Values["ACTIVE"]!.Description = "Running: the mentee may book sessions with the mentor.";
        Values["ENDED"]!.Description = "Ended by one of the two; it stays ended.";
    }
}
