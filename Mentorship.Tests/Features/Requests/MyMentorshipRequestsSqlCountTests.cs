using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Requests;

public sealed class MyMentorshipRequestsSqlCountTests(AppFor<MyMentorshipRequestsSqlCountTests> host) : IClassFixture<AppFor<MyMentorshipRequestsSqlCountTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.CountSqlCommands();

    [Fact]
    public async Task My_mentorship_requests_with_RequestFields_costs_two_SQL_commands_plus_authentication_at_every_page_size()
    {
        var mentee = await app.MenteeAsync();
        var mentors = new List<TestUser>();
        for (var i = 0; i < 51; i++)
        {
            mentors.Add(await app.MentorAsync($"Mentor {i:00}"));
        }

        // Straight to the database: the API would stop at 5 pending; statuses vary so every kind of row is read.
        MentorshipRequestStatus[] statuses = [MentorshipRequestStatus.Declined, MentorshipRequestStatus.Withdrawn, MentorshipRequestStatus.Pending];
        await app.WithDbAsync(async db =>
        {
            var start = DateTimeOffset.UtcNow.AddDays(-1);
            for (var i = 0; i < mentors.Count; i++)
            {
                var status = statuses[i % statuses.Length];
                db.MentorshipRequests.Add(new MentorshipRequest
                {
                    Id = Guid.CreateVersion7(),
                    MenteeId = mentee.Id,
                    MentorId = mentors[i].Id,
                    Status = status,
                    CreatedAt = start.AddMinutes(i),
                    RespondedAt = status == MentorshipRequestStatus.Pending ? null : start.AddMinutes(i + 1),
                    RespondedById = status switch
                    {
                        MentorshipRequestStatus.Pending => null,
                        MentorshipRequestStatus.Withdrawn => mentee.Id,
                        _ => mentors[i].Id,
                    },
                });
            }

            await db.SaveChangesAsync();
        });

        // Every authenticated request first reads its user once (RequestAuthenticator); measured on its own here.
        var (_, authentication, authenticationLog) = await app.Sql.MeasureAsync(mentee.Client, "{ __typename }");
        Assert.True(authentication == 1, $"Authentication sent {authentication} SQL commands:\n{authenticationLog}");

        var costs = new List<int>();
        foreach (var first in new[] { 1, 20, 50 })
        {
            var (response, commands, log) = await app.Sql.MeasureAsync(mentee.Client, RequestOperations.MyRequests, new { direction = "SENT", first });

            response.EnsureNoErrors();
            Assert.Equal(first, response.At("myMentorshipRequests.nodes").GetArrayLength());
            Assert.Equal(51, response.At("myMentorshipRequests.totalCount").GetInt32());
            Assert.True(commands - authentication == 2, $"myMentorshipRequests(first: {first}) sent {commands} SQL commands:\n{log}");
            costs.Add(commands - authentication);
        }

        // One for the page with totalCount alongside, one batch for every mentor and mentee on the page.
        Assert.Equal([2, 2, 2], costs);
    }
}
