using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Mentors;

/// <summary>The keyset behind each <see cref="MentorOrder"/>; the user's id breaks every tie.</summary>
internal static class MentorOrders
{
    // Unrated mentors have no average; 0 sorts them after every real average (1 to 5).
    private static readonly Keyset<User> ByRating = new Keyset<User>("mentors:rating")
        .Descending(u => u.Profile.RatingAverage ?? 0.0)
        .Descending(u => u.Profile.RatingCount)
        .Ascending(u => u.Profile.DisplayName)
        .Ascending(u => u.Id);

    private static readonly Keyset<User> ByNewest = new Keyset<User>("mentors:newest")
        .Descending(u => u.CreatedAt)
        .Descending(u => u.Id);

    private static readonly Keyset<User> ByName = new Keyset<User>("mentors:name")
        .Ascending(u => u.Profile.DisplayName)
        .Ascending(u => u.Id);

    public static Keyset<User> For(MentorOrder order) => order switch
    {
        MentorOrder.Rating => ByRating,
        MentorOrder.Newest => ByNewest,
        MentorOrder.Name => ByName,
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
    };
}
