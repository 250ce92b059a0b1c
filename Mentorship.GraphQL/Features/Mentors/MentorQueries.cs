using GraphQL;
using GraphQL.Types;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Mentors;

public sealed class MentorQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MentorConnectionType>>("mentors")
            .Description("Active mentors, in pages. Open to everyone, signed in or not.")
            .AllowAnonymous()
            .Argument<MentorFilterInputType>("where", "Only mentors matching this filter.")
            .Argument<MentorOrderType>("order", "The order of the list; RATING when left out or null.", a => a.DefaultValue = MentorOrder.Rating)
            .PageArguments()
            .ResolveAsync(async c => await c.Service<MentorService>().SearchAsync(
                c.GetArgument<MentorFilter?>("where"),
                c.GetArgument<MentorOrder?>("order") ?? MentorOrder.Rating,
                PageArguments.From(c),
                c.CancellationToken));

        query.Field<UserType>("mentor")
            .Description("An active mentor by id; null when no active mentor has it. Open to everyone, signed in or not.")
            .AllowAnonymous()
            .Argument<NonNullGraphType<IdGraphType>>("id", "The mentor's user id.")
            .ResolveAsync(async c => await c.Service<MentorService>().FindAsync(c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendedMentorType>>>>("recommendedMentors")
            .Description(
                "Mentors for the signed-in mentee, best match first: ranked by how many of the mentor's skills match the mentee's " +
                "skills and goals, then by rating. Mentors matching nothing are left out, as are mentors the mentee already has a " +
                "pending or accepted request or an active mentorship with. Mentees only.")
            .AuthorizeWithRoles(Roles.Mentee)
            .Argument<IntGraphType>("first", $"How many mentors to return: {PageArguments.DefaultFirst} when left out, at most {PageArguments.MaxFirst}.")
            .ResolveAsync(async c => await c.Service<RecommendationService>().RecommendAsync(c.CurrentUserId(), PageArguments.ReadFirst(c), c.CancellationToken));
    }
}
