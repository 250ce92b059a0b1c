using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Infrastructure;

/// <summary>Arranges profiles and ratings straight in the database, for tests about what reads them.</summary>
public static class ProfileSetup
{
    /// <summary>A mentor with these skills (keys lower-cased, as the server stores them) and optional bio and ratings.</summary>
    public static async Task<TestUser> MentorWithAsync(
        this MentorshipApp app, string displayName, string[] skills, string? bio = null, int ratingCount = 0, int ratingSum = 0)
    {
        var mentor = await app.MentorAsync(displayName);
        await app.SetProfileAsync(mentor.Id, skills, bio: bio, ratingCount: ratingCount, ratingSum: ratingSum);
        return mentor;
    }

    public static async Task SetProfileAsync(
        this MentorshipApp app, Guid userId, string[] skills, string[]? goals = null, string? bio = null, int ratingCount = 0, int ratingSum = 0)
    {
        await app.WithDbAsync(async db =>
        {
            var profile = await db.Profiles.SingleAsync(p => p.UserId == userId);
            profile.Skills = [.. skills];
            profile.SkillKeys = [.. skills.Select(s => s.ToLowerInvariant())];
            profile.Goals = [.. goals ?? []];
            profile.Bio = bio;
            profile.RatingCount = ratingCount;
            profile.RatingSum = ratingSum;
            await db.SaveChangesAsync();
        });
    }

    public static Task DeactivateAsync(this MentorshipApp app, Guid userId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false)));

    /// <summary>A tag no other test uses, to give a test its own corner of a shared database.</summary>
    public static string UniqueTag(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
