using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Administration;

public sealed class PlatformStatsType : ObjectGraphType<PlatformStats>
{
    public PlatformStatsType()
    {
        Name = "PlatformStats";
        Description = "Counts over the whole platform, as of now. Every role and status is listed, with 0 where nothing has it.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserRoleCountType>>>>("usersByRole")
            .Description("Users per role, deactivated ones included.")
            .Resolve(c => c.Source.UsersByRole);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestStatusCountType>>>>("requestsByStatus")
            .Description("Mentorship requests per status.")
            .Resolve(c => c.Source.RequestsByStatus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionStatusCountType>>>>("sessionsByStatus")
            .Description("Sessions per status; a scheduled session that has ended counts as completed.")
            .Resolve(c => c.Source.SessionsByStatus);
        Field(s => s.FeedbackCount).Description("How many sessions mentees have rated.");
        Field(s => s.AverageRating, nullable: true).Description("The average of all ratings, from 1 to 5, unrounded; null before the first.");
    }
}
