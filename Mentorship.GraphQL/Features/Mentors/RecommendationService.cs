using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Rules;
using Mentorship.GraphQL.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Mentors;

/// <summary>
/// Ranks active mentors for a mentee by how many of the mentor's skills match the mentee's skills and goals,
/// then by rating. Mentors sharing nothing are left out, and so are mentors the mentee already has a
/// pending or accepted (still running) request or an active mentorship with.
/// </summary>
public sealed class RecommendationService(MentorshipDbContext db, MentorService mentors)
{
    public async Task<IReadOnlyList<RecommendedMentor>> RecommendAsync(Guid menteeId, int first, CancellationToken cancellationToken)
    {
        var mentee = await db.Users.AsNoTracking()
            .Where(u => u.Id == menteeId)
            .Select(u => new { u.Role, u.Profile.SkillKeys, u.Profile.Goals })
            .SingleOrDefaultAsync(cancellationToken);
        if (mentee?.Role != Role.Mentee)
        {
            throw new ForbiddenException("Recommendations are for mentees.");
        }

        var wanted = mentee.SkillKeys.Concat(mentee.Goals.SelectMany(GoalPhrases.Of)).Distinct().ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }

        var ranked = await mentors.ActiveMentors()
            .Where(u => u.Profile.SkillKeys.Any(k => wanted.Contains(k)))
            .Where(u => !db.MentorshipRequests.Any(r =>
                r.MenteeId == menteeId && r.MentorId == u.Id
                && (r.Status == MentorshipRequestStatus.Pending
                    || (r.Status == MentorshipRequestStatus.Accepted && r.MentorshipEndedAt == null))))
            .Where(u => !db.Pairings.Any(m => m.MenteeId == menteeId && m.MentorId == u.Id && m.Status == MentorshipStatus.Active))
            .Select(u => new { Mentor = u, Score = u.Profile.SkillKeys.Count(k => wanted.Contains(k)) })
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Mentor.Profile.RatingAverage ?? 0.0)
            .ThenByDescending(x => x.Mentor.Profile.RatingCount)
            .ThenBy(x => x.Mentor.Profile.DisplayName)
            .ThenBy(x => x.Mentor.Id)
            .Take(first)
            .ToListAsync(cancellationToken);

        var wantedKeys = wanted.ToHashSet();
        return [.. ranked.Select(x => new RecommendedMentor(x.Mentor, x.Score, MatchedSkills(x.Mentor.Profile, wantedKeys)))];
    }

    private static List<string> MatchedSkills(Profile profile, HashSet<string> wanted) =>
        [.. profile.Skills.Where((_, i) => wanted.Contains(profile.SkillKeys[i]))];
}
