using GraphQL;
using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Schema.Paging;
using Mentorship.GraphQL.Schema.RootFields;

namespace Mentorship.GraphQL.Features.Mentors;

public sealed class MentorQueries
{
    /// <summary>Active mentors, in pages. Open to everyone, signed in or not.</summary>
    /// <param name="where">Only mentors matching this filter.</param>
    /// <param name="order">The order of the list; RATING when left out or null.</param>
    [AllowAnonymous]
    [OutputType(typeof(NonNullGraphType<MentorConnectionType>))]
    public static Task<Connection<User>> MentorsAsync(
        [FromServices] MentorService mentors,
        MentorFilterInput? where,
        [Page] PageArguments page,
        CancellationToken cancellationToken,
        MentorOrder? order = MentorOrder.Rating) =>
        mentors.SearchAsync(where, order ?? MentorOrder.Rating, page, cancellationToken);

    /// <summary>An active mentor by id; null when no active mentor has it. Open to everyone, signed in or not.</summary>
    /// <param name="id">The mentor's user id.</param>
    [AllowAnonymous]
    public static Task<User?> MentorAsync([FromServices] MentorService mentors, [Id] Guid id, CancellationToken cancellationToken) =>
        mentors.FindAsync(id, cancellationToken);

    /// <summary>
    /// Mentors for the signed-in mentee, best match first: ranked by how many of the mentor's skills match the
    /// mentee's skills and goals, then by rating. Mentors matching nothing are left out, as are mentors the mentee
    /// already has a pending or accepted request or an active mentorship with. Mentees only.
    /// </summary>
    [Authorize(Roles = Roles.Mentee)]
    public static Task<IReadOnlyList<RecommendedMentor>> RecommendedMentorsAsync(
        [FromServices] RecommendationService recommendations, [CallerId] Guid callerId, [Page(Cursor = false)] PageArguments page, CancellationToken cancellationToken) =>
        recommendations.RecommendAsync(callerId, page.First, cancellationToken);
}
