using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Features.Administration;

public sealed class AuditLogTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task The_audit_log_lists_every_admin_action_newest_first_in_pages()
    {
        var admin = await app.AdminAsync();
        var mentor = await app.MentorAsync();
        var mentee = await app.MenteeAsync();
        var entriesBefore = await app.AuditEntryCountAsync();

        (await admin.Client.ChangeRoleAsync(mentor.Id, "MENTEE")).Succeeded("changeUserRole");
        (await admin.Client.DeactivateAsync(mentee.Id, "Spam.")).Succeeded("deactivateUser");
        (await admin.Client.ReactivateAsync(mentee.Id)).Succeeded("reactivateUser");
        var entries = await ReadAllAsync(admin.Client, pageSize: 2);

        Assert.Equal(entriesBefore + 3, entries.Count);
        var newest = entries.Take(3).ToList();
        Assert.Equal(["REACTIVATE_USER", "DEACTIVATE_USER", "CHANGE_USER_ROLE"], newest.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal([mentee.Id.ToString(), mentee.Id.ToString(), mentor.Id.ToString()], newest.Select(e => e.GetProperty("subjectUserId").GetString()));
        Assert.All(newest, e => Assert.Equal(admin.Id.ToString(), e.GetProperty("actor").GetProperty("id").GetString()));
        var times = entries.Select(e => e.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
    }

    [Fact]
    public async Task Later_actions_add_entries_and_leave_every_earlier_entry_as_written()
    {
        var admin = await app.AdminAsync();
        var mentee = await app.MenteeAsync();
        (await admin.Client.DeactivateAsync(mentee.Id, "First.")).Succeeded("deactivateUser");
        var before = await ReadAllAsync(admin.Client, pageSize: 100);

        (await admin.Client.ReactivateAsync(mentee.Id)).Succeeded("reactivateUser");
        (await admin.Client.DeactivateAsync(mentee.Id, "Second.")).Succeeded("deactivateUser");
        (await admin.Client.ChangeRoleAsync(mentee.Id, "MENTOR")).Succeeded("changeUserRole");
        var after = await ReadAllAsync(admin.Client, pageSize: 100);

        Assert.Equal(before.Count + 3, after.Count);
        Assert.Equal(before.Select(e => e.GetRawText()), after.Skip(3).Select(e => e.GetRawText()));
    }

    /// <summary>The whole log, page by page, checking that pages neither overlap nor skip and that totalCount holds throughout.</summary>
    private static async Task<List<JsonElement>> ReadAllAsync(GraphQLClient admin, int pageSize)
    {
        var entries = new List<JsonElement>();
        string? after = null;
        int? total = null;
        do
        {
            var page = (await admin.AuditLogAsync(pageSize, after)).EnsureNoErrors();
            total ??= page.At("auditLog.totalCount").GetInt32();
            Assert.Equal(total, page.At("auditLog.totalCount").GetInt32());
            entries.AddRange(page.At("auditLog.nodes").EnumerateArray().Select(e => e.Clone()));
            after = page.At("auditLog.pageInfo.hasNextPage").GetBoolean() ? page.StringAt("auditLog.pageInfo.endCursor") : null;
        }
        while (after is not null);

        Assert.Equal(total, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
        return entries;
    }
}
