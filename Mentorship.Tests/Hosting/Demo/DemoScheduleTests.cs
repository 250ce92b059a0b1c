using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Scheduling;
using Mentorship.GraphQL.Hosting.Demo;
using Mentorship.Tests.Features.Scheduling;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Hosting.Demo;

public sealed class DemoScheduleTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Demo_sessions_lie_on_their_mentors_slots_and_demo_mentors_offer_slots()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoDataService>().SeedAsync(reset: false, CancellationToken.None));
        }

        var (availabilities, sessions) = await app.WithDbAsync(async db =>
        {
            var demo = db.Users.Where(u => u.Email.EndsWith("@" + DemoDataService.EmailDomain)).Select(u => u.Id);
            return (
                await db.WeeklyAvailabilities.AsNoTracking().Include(a => a.Blocks).Where(a => demo.Contains(a.MentorId)).ToDictionaryAsync(a => a.MentorId),
                await db.Sessions.AsNoTracking().Where(s => demo.Contains(s.MentorId) && s.Status == SessionStatus.Scheduled).ToListAsync());
        });
        var mentor01 = await app.WithDbAsync(db => db.Users.Where(u => u.Email == $"mentor01@{DemoDataService.EmailDomain}").Select(u => u.Id).SingleAsync());
        var from = DateTimeOffset.UtcNow;
        var slots = await app.Anonymous().SlotStartsAsync(mentor01, from, from.AddDays(14));

        // Booked as a mentee would have: on the quarter hour, inside one block, clear of the lead time when booked.
        Assert.All(sessions, s => Assert.Null(BookingRule.Check(
            WeeklySchedule.From(availabilities[s.MentorId]), s.StartsAt, (int)(s.EndsAt - s.StartsAt).TotalMinutes, s.StartsAt.AddHours(-3))));
        Assert.NotEmpty(sessions);
        Assert.NotEmpty(slots);
    }
}
