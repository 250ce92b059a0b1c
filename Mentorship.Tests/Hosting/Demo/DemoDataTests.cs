using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Scheduling;
using Mentorship.GraphQL.Hosting.Demo;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Hosting.Demo;

public sealed class DemoDataTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Seed_makes_a_believable_data_set_once_and_reset_seeds_it_again_leaving_other_users_alone()
    {
        var outsider = await app.MenteeAsync("Not a demo user");

        var seeded = await SeedAsync(reset: false);
        var first = await SnapshotAsync();
        var seededAgain = await SeedAsync(reset: false);
        var unchanged = await SnapshotAsync();
        var reseeded = await SeedAsync(reset: true);
        var afterReset = await SnapshotAsync();

        Assert.True(seeded);
        Assert.True(first.Mentors >= 30, $"{first.Mentors} mentors");
        Assert.True(first.Mentees >= 30, $"{first.Mentees} mentees");
        Assert.True(first.SkillKeys >= 30, $"{first.SkillKeys} distinct skills");
        Assert.True(first.TimeZones >= 10, $"{first.TimeZones} time zones");
        Assert.Equal(Enum.GetValues<MentorshipRequestStatus>().Order(), first.RequestStatuses.Order());
        Assert.Equal(Enum.GetValues<MentorshipStatus>().Order(), first.MentorshipStatuses.Order());
        Assert.True(first.MostPendingOfOneMentee <= 5);
        Assert.Equal(first.Mentors, first.MentorsAvailableInTheirZone);
        Assert.True(first.UpcomingSessions >= 10, $"{first.UpcomingSessions} upcoming sessions");
        Assert.Equal(Enum.GetValues<SessionState>().Order(), first.SessionStatuses.Order());
        var hash = await app.WithDbAsync(db => db.Users.Where(u => u.Email == $"mentee01@{DemoDataService.EmailDomain}").Select(u => u.PasswordHash).SingleAsync());
        Assert.True(BCrypt.Net.BCrypt.Verify(DemoDataService.Password, hash));
        Assert.False(seededAgain);
        Assert.Equal(first, unchanged);
        Assert.True(reseeded);
        Assert.Equal(first with { UserIds = afterReset.UserIds }, afterReset);
        Assert.Empty(first.UserIds.Intersect(afterReset.UserIds));
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == outsider.Id)));
    }

    private async Task<bool> SeedAsync(bool reset)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoDataService>().SeedAsync(reset, CancellationToken.None);
    }

    private Task<Snapshot> SnapshotAsync() => app.WithDbAsync(async db =>
    {
        var demo = db.Users.Where(u => u.Email.EndsWith("@" + DemoDataService.EmailDomain));
        var profiles = await demo.Select(u => new { u.Role, u.Profile.SkillKeys, u.Profile.TimeZone }).ToListAsync();
        var demoIds = demo.Select(u => u.Id);
        var requests = await db.MentorshipRequests.Where(r => demoIds.Contains(r.MenteeId)).Select(r => new { r.MenteeId, r.Status }).ToListAsync();
        var mentorships = await db.Pairings.Where(m => demoIds.Contains(m.MenteeId)).Select(m => m.Status).ToListAsync();
        var zones = await db.WeeklyAvailabilities.Where(a => demoIds.Contains(a.MentorId) && a.Blocks.Count > 0)
            .Select(a => new { a.TimeZone, ProfileZone = a.Mentor.Profile.TimeZone }).ToListAsync();
        var sessions = await db.Sessions.Where(s => demoIds.Contains(s.MenteeId)).Select(s => new { s.Status, s.EndsAt, s.StartsAt }).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        return new Snapshot(
            profiles.Count(p => p.Role == Role.Mentor),
            profiles.Count(p => p.Role == Role.Mentee),
            profiles.SelectMany(p => p.SkillKeys).Distinct().Count(),
            profiles.Select(p => p.TimeZone).Distinct().Count(),
            requests.Count,
            mentorships.Count,
            [.. requests.Select(r => r.Status).Distinct()],
            [.. mentorships.Distinct()],
            requests.Where(r => r.Status == MentorshipRequestStatus.Pending).GroupBy(r => r.MenteeId).Select(g => g.Count()).DefaultIfEmpty().Max(),
            zones.Count(z => z.TimeZone == z.ProfileZone),
            sessions.Count,
            sessions.Count(s => s.Status == SessionStatus.Scheduled && s.StartsAt > now),
            [.. sessions.Select(s => SessionStates.At(s.Status, s.EndsAt, now)).Distinct()],
            [.. await demoIds.ToListAsync()]);
    });

    private sealed record Snapshot(
        int Mentors, int Mentees, int SkillKeys, int TimeZones, int Requests, int Mentorships,
        IReadOnlyList<MentorshipRequestStatus> RequestStatuses, IReadOnlyList<MentorshipStatus> MentorshipStatuses,
        int MostPendingOfOneMentee, int MentorsAvailableInTheirZone, int Sessions, int UpcomingSessions, IReadOnlyList<SessionState> SessionStatuses,
        IReadOnlyList<Guid> UserIds)
    {
        public bool Equals(Snapshot? other) =>
            other is not null
            && (Mentors, Mentees, SkillKeys, TimeZones, Requests, Mentorships, MostPendingOfOneMentee)
                == (other.Mentors, other.Mentees, other.SkillKeys, other.TimeZones, other.Requests, other.Mentorships, other.MostPendingOfOneMentee)
            && (MentorsAvailableInTheirZone, Sessions, UpcomingSessions) == (other.MentorsAvailableInTheirZone, other.Sessions, other.UpcomingSessions)
            && SessionStatuses.Order().SequenceEqual(other.SessionStatuses.Order())
            && RequestStatuses.Order().SequenceEqual(other.RequestStatuses.Order())
            && MentorshipStatuses.Order().SequenceEqual(other.MentorshipStatuses.Order())
            && UserIds.Order().SequenceEqual(other.UserIds.Order());

        public override int GetHashCode() => HashCode.Combine(Mentors, Mentees, Requests, Mentorships);
    }
}
