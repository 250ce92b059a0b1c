using System.Linq.Expressions;
using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Users;

/// <summary>
/// The columns a user is read with where others see them (a mentor card, a request's parties): everything the
/// <c>User</c> and <c>Profile</c> types can show. Not read: the secrets (password hash, security stamp) and what only
/// search and sign-in use (the generated search text, which repeats the bio, the normalized skill keys, the normalized
/// email); the required strings among them are left empty.
/// </summary>
public static class DisplayedUser
{
    public static readonly Expression<Func<User, User>> Columns = u => new User
    {
        Id = u.Id,
        Email = u.Email,
        NormalizedEmail = string.Empty,
        PasswordHash = string.Empty,
        Role = u.Role,
        IsActive = u.IsActive,
        CreatedAt = u.CreatedAt,
        DeactivatedAt = u.DeactivatedAt,
        Profile = new Profile
        {
            UserId = u.Profile.UserId,
            DisplayName = u.Profile.DisplayName,
            Bio = u.Profile.Bio,
            Skills = u.Profile.Skills,
            Goals = u.Profile.Goals,
            TimeZone = u.Profile.TimeZone,
            UpdatedAt = u.Profile.UpdatedAt,
            RatingCount = u.Profile.RatingCount,
            RatingSum = u.Profile.RatingSum,
            RatingAverage = u.Profile.RatingAverage,
        },
    };
}
