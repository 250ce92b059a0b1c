using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Administration;

public sealed class PlatformStatsSqlCountTests(AppFor<PlatformStatsSqlCountTests> host) : IClassFixture<AppFor<PlatformStatsSqlCountTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.CountSqlCommands();

    [Fact]
    public async Task Platform_stats_cost_the_same_few_SQL_commands_however_many_rows_there_are()
    {
        var admin = await app.AsAdminAsync();
        var (before, fewRows, fewLog) = await app.Sql.MeasureAsync(admin, AdminOperations.PlatformStats);
        for (var i = 0; i < 30; i++)
        {
            await app.MenteeAsync();
        }

        var (after, moreRows, moreLog) = await app.Sql.MeasureAsync(admin, AdminOperations.PlatformStats);

        before.EnsureNoErrors();
        after.EnsureNoErrors();

        // One to authenticate the admin, then one grouped query each for users, requests, sessions and feedback.
        Assert.True(fewRows == 5, $"platformStats sent {fewRows} SQL commands:\n{fewLog}");
        Assert.True(moreRows == 5, $"platformStats sent {moreRows} SQL commands:\n{moreLog}");
    }
}
