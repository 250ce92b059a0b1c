using System.Linq.Expressions;
using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Users;

/// <summary>
/// The columns a user is read with where others see them (a mentor card, a request's parties): everything the
/// <c>User</c> and <c>Profile</c> types can show, and no secrets — neither the password hash (left empty) nor the
/// security stamp — nor the generated search text, which repeats the bio.
/// </summary>
public static class DisplayedUser
{
    public static readonly Expression<Func<User, User>> Columns = u => new User
    {
        Id = u.Id,
        Email = u.Email,
        NormalizedEmail = u.NormalizedEmail,
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
            SkillKeys = u.Profile.SkillKeys,
            Goals = u.Profile.Goals,
            TimeZone = u.Profile.TimeZone,
            UpdatedAt = u.Profile.UpdatedAt,
            RatingCount = u.Profile.RatingCount,
            RatingSum = u.Profile.RatingSum,
            RatingAverage = u.Profile.RatingAverage,
        },
    };
}
