using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Rules;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Paging;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Mentors;

/// <summary>Mentor discovery: active mentors, filtered by skills and text, in pages.</summary>
public sealed class MentorService(MentorshipDbContext db)
{
    public const int MaxFilterSkills = ProfileLimits.Skills;
    public const int MaxSearchLength = 100;

    /// <summary>Active mentors with their profiles; everything discovery shows starts here.</summary>
    /// <remarks>
    /// Every user has a profile, but EF Core joins it with LEFT JOIN. Saying it is there lets PostgreSQL make the
    /// join an inner one, and only then can it walk the profile indexes in the order a page asks for.
    /// </remarks>
    public IQueryable<User> ActiveMentors() =>
        CountableMentors().Include(u => u.Profile).Where(u => u.Profile != null);

    public Task<User?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        ActiveMentors().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    public Task<Connection<User>> SearchAsync(MentorFilterInput? filter, MentorOrder order, PageArguments page, CancellationToken cancellationToken)
    {
        var skillKeys = Skills.Distinct(filter?.Skills ?? []).Keys;
        if (skillKeys.Count > MaxFilterSkills)
        {
            throw new BadUserInputException($"`where.skills` may name at most {MaxFilterSkills} skills.");
        }

        var search = filter?.Search?.Trim();
        if (search?.Length > MaxSearchLength)
        {
            throw new BadUserInputException($"`where.search` may be at most {MaxSearchLength} characters.");
        }

        IQueryable<User> Filtered(IQueryable<User> mentors)
        {
            if (skillKeys.Count > 0)
            {
                // skill_keys @> @keys: served by the GIN index on skill_keys.
                mentors = mentors.Where(u => skillKeys.All(k => u.Profile.SkillKeys.Contains(k)));
            }

            if (!string.IsNullOrEmpty(search))
            {
                // ILIKE '%…%' over the generated search text: served by its trigram index.
                var pattern = $"%{EscapeLike(search)}%";
                mentors = mentors.Where(u => EF.Functions.ILike(u.Profile.SearchText, pattern, @"\"));
            }

            return mentors;
        }

        return MentorOrders.For(order).PageAsync(
            Filtered(ActiveMentors()), page, cancellationToken, counted: Filtered(CountableMentors()), columns: DisplayedUser.Columns);
    }

    /// <summary>
    /// Active mentors without their profiles: the same rows as <see cref="ActiveMentors"/>, since every user has a
    /// profile, so a count without a profile filter reads the users table alone (an index-only scan).
    /// </summary>
    private IQueryable<User> CountableMentors() =>
        db.Users.AsNoTracking().Where(u => u.Role == Role.Mentor && u.IsActive);

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
