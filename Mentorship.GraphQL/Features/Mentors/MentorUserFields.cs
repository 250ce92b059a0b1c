using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Mentors;

/// <summary>What discovery adds to a user: a mentor's rating.</summary>
public sealed class MentorUserFields : ITypeExtension<UserType>
{
    public void Extend(UserType type) =>
        type.Field<MentorRatingType>("rating")
            .Description("A mentor's ratings from their mentees; null for users who are not mentors.")
            .Resolve(c => c.Source.Role == Role.Mentor ? MentorRating.Of(c.Source.Profile) : null);
}
