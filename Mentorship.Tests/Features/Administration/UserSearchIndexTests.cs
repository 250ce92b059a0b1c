using Mentorship.Data;
using Mentorship.GraphQL.Auth;
using Mentorship.GraphQL.Features.Administration;
using Mentorship.GraphQL.Features.Sessions;
using Mentorship.GraphQL.Realtime;
using Mentorship.GraphQL.Schema.Paging;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Tests.Features.Administration;

/// <summary>The admin's user search is served by trigram indexes, not by reading every user.</summary>
public sealed class UserSearchIndexTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task Search_by_display_name_and_email_can_be_answered_from_the_trigram_indexes()
    {
        var tag = ProfileSetup.UniqueTag("Idx");
        await app.MentorAsync($"Dr {tag}");
        var plans = new PlanRecorder("ILIKE");
        var connectionString = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Pooling = false }.ConnectionString;
        var options = new DbContextOptionsBuilder<MentorshipDbContext>().UseMentorshipDatabase(connectionString).AddInterceptors(plans).Options;
        await using var db = new MentorshipDbContext(options);
        await db.Database.OpenConnectionAsync();

        // A test database is too small for the planner to prefer an index on cost, so every plain scan is ruled out:
        // a query no index can serve would still run, by a sequential scan, and show it.
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off");
        var page = await new AdministrationService(db, TimeProvider.System, new SessionService(db, TimeProvider.System, new RealtimeEventPublisher(db)), new SecurityStamps(db, new RealtimeEventPublisher(db)))
            .ListUsersAsync(new UserFilterInput(null, null, tag), new PageArguments(20, null), CancellationToken.None);

        Assert.Single(page.Edges);
        var plan = Assert.Single(plans.Plans);
        Assert.True(
            plan.Contains("ix_users_normalized_email_trgm", StringComparison.Ordinal)
                && plan.Contains("ix_profiles_search_text", StringComparison.Ordinal)
                && !plan.Contains("Seq Scan", StringComparison.Ordinal),
            $"The search is not served by the two trigram indexes alone:\n{plan}");
    }
}
