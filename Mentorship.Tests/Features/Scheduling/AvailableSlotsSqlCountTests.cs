using Mentorship.Data.Entities;
using Mentorship.Tests.Features.Sessions;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Scheduling;

public sealed class AvailableSlotsSqlCountTests(AppFor<AvailableSlotsSqlCountTests> host) : IClassFixture<AppFor<AvailableSlotsSqlCountTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.CountSqlCommands();

    [Fact]
    public async Task Available_slots_costs_two_SQL_commands_whatever_the_range_with_200_scheduled_sessions()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var mentorshipId = await app.MentorshipAsync(mentee, mentor);
        await mentor.SetAlwaysAvailableAsync();
        var from = QuarterHourFrom(DateTimeOffset.UtcNow.AddDays(1));

        // Straight to the database: 200 one-hour sessions every three hours, over 25 of the 31 days.
        await app.WithDbAsync(async db =>
        {
            db.Sessions.AddRange(Enumerable.Range(0, 200).Select(i => new Session
            {
                Id = Guid.CreateVersion7(),
                MentorId = mentor.Id,
                MenteeId = mentee.Id,
                MentorshipId = mentorshipId,
                StartsAt = from.AddHours(3 * i + 1),
                EndsAt = from.AddHours(3 * i + 2),
                Status = SessionStatus.Scheduled,
                CreatedAt = DateTimeOffset.UtcNow,
            }));
            await db.SaveChangesAsync();
        });

        var costs = new List<int>();
        foreach (var days in new[] { 1, 7, 31 })
        {
            // Anonymous, so the request authenticates nobody and every command counted is the query's own.
            var (response, commands, log) = await app.Sql.MeasureAsync(
                app.Anonymous(), AvailableSlots, new { mentorId = mentor.Id, from = Iso(from), to = Iso(from.AddDays(days)), durationMinutes = 60 });

            response.EnsureNoErrors();
            Assert.NotEmpty(response.At("availableSlots").EnumerateArray());
            Assert.True(commands <= 2, $"availableSlots over {days} days sent {commands} SQL commands:\n{log}");
            costs.Add(commands);
        }

        // One for the schedule with its blocks, one for the scheduled sessions in the range.
        Assert.Equal([2, 2, 2], costs);
        Assert.Equal(200, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.MentorId == mentor.Id)));
    }

    [Fact]
    public async Task Available_slots_of_a_mentor_without_availability_costs_one_SQL_command()
    {
        var mentor = await app.MentorAsync();
        var from = DateTimeOffset.UtcNow.AddDays(1);

        var (response, commands, log) = await app.Sql.MeasureAsync(
            app.Anonymous(), AvailableSlots, new { mentorId = mentor.Id, from = Iso(from), to = Iso(from.AddDays(31)) });

        response.EnsureNoErrors();
        Assert.Empty(response.At("availableSlots").EnumerateArray());
        Assert.True(commands == 1, $"availableSlots sent {commands} SQL commands:\n{log}");
    }
}
