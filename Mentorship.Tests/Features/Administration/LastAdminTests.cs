using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.Tests.Features.Administration;

/// <summary>
/// The platform always keeps an active admin: the last one can be neither demoted nor deactivated, also by changes made
/// at the same moment, since every admin change first locks the active admins' rows and sees the changes before it.
/// </summary>
public sealed class LastAdminTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Theory]
    [InlineData("demote")]
    [InlineData("deactivate")]
    public async Task The_only_active_admin_cannot_remove_themselves(string removal)
    {
        var admin = await app.AdminAsync();
        await OnlyActiveAdminsAsync(admin.Id);
        var before = await app.UserStateAsync(admin.Id);
        var entries = await app.AuditEntryCountAsync();

        var (mutation, response) = await RemoveAsync(admin, admin, removal);

        Assert.Equal("LAST_ACTIVE_ADMIN", response.Refusal(mutation));
        Assert.Equal(before, await app.UserStateAsync(admin.Id));
        Assert.Equal(entries, await app.AuditEntryCountAsync());
    }

    [Fact]
    public async Task Deactivated_admins_do_not_count_and_may_be_demoted()
    {
        var admin = await app.AdminAsync();
        var deactivated = await app.AdminAsync();
        await OnlyActiveAdminsAsync(admin.Id);

        var demoteSelf = await admin.Client.ChangeRoleAsync(admin.Id, "MENTOR");
        var demoteDeactivated = await admin.Client.ChangeRoleAsync(deactivated.Id, "MENTOR");

        Assert.Equal("LAST_ACTIVE_ADMIN", demoteSelf.Refusal("changeUserRole"));
        demoteDeactivated.Succeeded("changeUserRole");
    }

    [Fact]
    public async Task Of_two_admins_one_may_demote_the_other_and_is_then_the_last()
    {
        var admin = await app.AdminAsync();
        var other = await app.AdminAsync();
        await OnlyActiveAdminsAsync(admin.Id, other.Id);

        (await admin.Client.ChangeRoleAsync(other.Id, "MENTEE")).Succeeded("changeUserRole");
        var demoteSelf = await admin.Client.ChangeRoleAsync(admin.Id, "MENTEE");

        Assert.Equal("LAST_ACTIVE_ADMIN", demoteSelf.Refusal("changeUserRole"));
    }

    [Fact]
    public async Task An_admin_may_step_down_while_another_stays_and_loses_admin_access_at_once()
    {
        var admin = await app.AdminAsync();
        var other = await app.AdminAsync();
        await OnlyActiveAdminsAsync(admin.Id, other.Id);

        (await admin.Client.ChangeRoleAsync(admin.Id, "MENTOR")).Succeeded("changeUserRole");

        (await admin.Client.UsersAsync()).AssertRefusedWith("UNAUTHENTICATED");
        Assert.Equal(Role.Mentor, (await app.UserStateAsync(admin.Id)).Role);
    }

    [Theory]
    [InlineData("demote", "demote")]
    [InlineData("deactivate", "deactivate")]
    [InlineData("demote", "deactivate")]
    public async Task Two_admins_removing_each_other_at_the_same_moment_leave_one_admin(string firstRemoval, string secondRemoval)
    {
        var first = await app.AdminAsync();
        var second = await app.AdminAsync();
        await OnlyActiveAdminsAsync(first.Id, second.Id);
        var entries = await app.AuditEntryCountAsync();

        (string Mutation, GraphQLResponse Response)[] outcomes;
        await using (var gate = await RowLockGate.CloseAsync(app.ConnectionString, first.Id, second.Id))
        {
            var racing = new[] { RemoveAsync(first, second, firstRemoval), RemoveAsync(second, first, secondRemoval) };
            await gate.WaitForWaitersAsync(2);
            await gate.OpenAsync();
            outcomes = await Task.WhenAll(racing);
        }

        var codes = outcomes.Select(o => o.Response.EnsureNoErrors().At($"{o.Mutation}.errors") is { ValueKind: System.Text.Json.JsonValueKind.Null }
            ? "OK"
            : o.Response.Refusal(o.Mutation)).Order().ToList();
        Assert.Equal(["LAST_ACTIVE_ADMIN", "OK"], codes);
        var remaining = await app.WithDbAsync(db => db.Users
            .Where(u => (u.Id == first.Id || u.Id == second.Id) && u.Role == Role.Admin && u.IsActive)
            .CountAsync());
        Assert.Equal(1, remaining);
        Assert.Equal(entries + 1, await app.AuditEntryCountAsync());
    }

    [Fact]
    public async Task An_admin_demoted_while_their_own_change_waits_is_refused_FORBIDDEN_and_changes_nothing()
    {
        var actor = await app.AdminAsync();
        var subject = await app.AdminAsync();
        var remaining = await app.AdminAsync();
        await OnlyActiveAdminsAsync(actor.Id, subject.Id, remaining.Id);
        var before = await app.UserStateAsync(subject.Id);
        var entries = await app.AuditEntryCountAsync();

        GraphQLResponse response;
        await using (var gate = await RowLockGate.CloseAsync(app.ConnectionString, actor.Id, subject.Id, remaining.Id))
        {
            // The actor passed authentication as an admin; another change demotes them before theirs can lock anything.
            var waiting = actor.Client.ChangeRoleAsync(subject.Id, "MENTEE");
            await gate.WaitForWaitersAsync(1);
            await gate.ExecuteAsync("UPDATE users SET role = 'Mentee' WHERE id = @id", new NpgsqlParameter("id", actor.Id));
            await gate.OpenAsync();
            response = await waiting;
        }

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(before, await app.UserStateAsync(subject.Id));
        Assert.Equal(entries, await app.AuditEntryCountAsync());
    }

    private static async Task<(string Mutation, GraphQLResponse Response)> RemoveAsync(TestUser actor, TestUser subject, string removal) =>
        removal == "demote"
            ? ("changeUserRole", await actor.Client.ChangeRoleAsync(subject.Id, "MENTEE"))
            : ("deactivateUser", await actor.Client.DeactivateAsync(subject.Id, "Stepping in."));

    /// <summary>Deactivates every other admin (such as the configured one), so the test knows exactly who the active admins are.</summary>
    private async Task OnlyActiveAdminsAsync(params Guid[] adminIds) =>
        await app.WithDbAsync(db => db.Users
            .Where(u => u.Role == Role.Admin && !adminIds.Contains(u.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false)));
}
