using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Features.Identity;
using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Administration;

public sealed class ChangeUserRoleTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task A_mentor_made_a_mentee_leaves_discovery_at_once()
    {
        var tag = ProfileSetup.UniqueTag("Demoted");
        var mentor = await app.MentorWithAsync("Demoted", [tag]);
        var mentee = await app.MenteeAsync();
        await app.SetProfileAsync(mentee.Id, [tag]);
        var admin = await app.AsAdminAsync();
        var (listed, recommended) = await app.DiscoveredAsync(tag, mentee);
        Assert.Equal([mentor.Id.ToString()], listed);
        Assert.Equal([mentor.Id.ToString()], recommended);

        var user = (await admin.ChangeRoleAsync(mentor.Id, "MENTEE")).Succeeded("changeUserRole");

        Assert.Equal((mentor.Id.ToString(), "MENTEE"), (user.GetProperty("id").GetString(), user.GetProperty("role").GetString()));
        (listed, recommended) = await app.DiscoveredAsync(tag, mentee);
        Assert.Empty(listed);
        Assert.Empty(recommended);
    }

    [Fact]
    public async Task A_mentee_made_a_mentor_enters_discovery_at_once()
    {
        var tag = ProfileSetup.UniqueTag("Promoted");
        var promoted = await app.MenteeAsync();
        await app.SetProfileAsync(promoted.Id, [tag]);
        var mentee = await app.MenteeAsync();
        await app.SetProfileAsync(mentee.Id, [tag]);
        var admin = await app.AsAdminAsync();
        var (listed, recommended) = await app.DiscoveredAsync(tag, mentee);
        Assert.Empty(listed);
        Assert.Empty(recommended);

        (await admin.ChangeRoleAsync(promoted.Id, "MENTOR")).Succeeded("changeUserRole");

        (listed, recommended) = await app.DiscoveredAsync(tag, mentee);
        Assert.Equal([promoted.Id.ToString()], listed);
        Assert.Equal([promoted.Id.ToString()], recommended);
    }

    [Fact]
    public async Task A_role_change_signs_the_user_out_everywhere_and_the_next_sign_in_carries_the_new_role()
    {
        var mentor = await app.MentorAsync();
        var (client, refreshToken) = await app.SignInAsync(mentor);
        var admin = await app.AsAdminAsync();

        (await admin.ChangeRoleAsync(mentor.Id, "MENTEE")).Succeeded("changeUserRole");
        var me = await client.ExecuteAsync("{ me { role } }");
        var refresh = await app.Anonymous().RefreshTokensAsync(refreshToken);
        var signIn = await app.Anonymous().SignInAsync(mentor.Email);

        me.AssertRefusedWith("UNAUTHENTICATED");
        Assert.Equal(["INVALID_REFRESH_TOKEN"], refresh.PayloadErrorCodes("refreshTokens"));
        Assert.Equal("MENTEE", signIn.EnsureNoErrors().StringAt("signIn.user.role"));
        var newClient = app.WithToken(signIn.StringAt("signIn.tokens.accessToken")!);
        Assert.Equal("MENTEE", (await newClient.ExecuteAsync("{ me { role } }")).EnsureNoErrors().StringAt("me.role"));
        var tokens = await app.WithDbAsync(db => db.RefreshTokens.AsNoTracking().Where(t => t.UserId == mentor.Id && t.RevokedAt != null).ToListAsync());
        Assert.Equal(RefreshTokenRevocation.RoleChanged, Assert.Single(tokens).RevokedReason);
    }

    [Fact]
    public async Task The_role_comes_from_the_database_on_every_request_never_from_the_token()
    {
        // The role alone changes, behind the server's back: the token still holds a valid stamp and claims MENTOR.
        var mentor = await app.MentorAsync();
        var mentee = await app.MenteeAsync();
        var requestId = await mentee.SentRequestAsync(mentor);
        var admin = await app.AdminAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == mentor.Id || u.Id == admin.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Role, Role.Mentee)));

        var accept = await mentor.AcceptAsync(requestId);
        var me = await mentor.Client.ExecuteAsync("{ me { role } }");
        var users = await admin.Client.UsersAsync();

        accept.AssertForbidden();
        Assert.Equal("MENTEE", me.EnsureNoErrors().StringAt("me.role"));
        users.AssertRefusedWith("FORBIDDEN");
        var request = await app.WithDbAsync(db => db.MentorshipRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        Assert.Equal(MentorshipRequestStatus.Pending, request.Status);
    }

    [Fact]
    public async Task A_mentee_made_an_admin_runs_admin_operations_after_signing_in_again()
    {
        var mentee = await app.MenteeAsync();
        var admin = await app.AsAdminAsync();

        (await admin.ChangeRoleAsync(mentee.Id, "ADMIN")).Succeeded("changeUserRole");
        var (client, _) = await app.SignInAsync(mentee);

        (await client.UsersAsync()).EnsureNoErrors();
    }

    [Fact]
    public async Task Giving_a_user_the_role_they_hold_is_refused_and_changes_nothing()
    {
        var mentor = await app.MentorAsync();
        await app.SignInAsync(mentor);
        var admin = await app.AsAdminAsync();
        var before = await app.UserStateAsync(mentor.Id);
        var entries = await app.AuditEntryCountAsync();

        var response = await admin.ChangeRoleAsync(mentor.Id, "MENTOR");

        Assert.Equal("ROLE_UNCHANGED", response.Refusal("changeUserRole"));
        Assert.Equal("MENTOR", response.StringAt("changeUserRole.errors.0.role"));
        Assert.Equal(before, await app.UserStateAsync(mentor.Id));
        Assert.Equal(entries, await app.AuditEntryCountAsync());
    }

    [Fact]
    public async Task A_role_change_is_recorded_with_the_old_and_new_role()
    {
        var mentor = await app.MentorAsync();
        var admin = await app.AdminAsync();

        (await admin.Client.ChangeRoleAsync(mentor.Id, "MENTEE")).Succeeded("changeUserRole");
        var entry = (await admin.Client.AuditLogAsync(first: 1)).EnsureNoErrors().At("auditLog.nodes.0");

        Assert.Equal("CHANGE_USER_ROLE", entry.GetProperty("action").GetString());
        Assert.Equal(admin.Id.ToString(), entry.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(mentor.Id.ToString(), entry.GetProperty("subjectUserId").GetString());
        using var details = JsonDocument.Parse(entry.GetProperty("details").GetString()!);
        Assert.Equal("MENTOR", details.RootElement.GetProperty("from").GetString());
        Assert.Equal("MENTEE", details.RootElement.GetProperty("to").GetString());
    }
}
