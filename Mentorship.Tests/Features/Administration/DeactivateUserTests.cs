using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Features.Identity;
using Mentorship.Tests.Features.Requests;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Administration;

public sealed class DeactivateUserTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    private const string Me = "{ me { id } }";

    [Fact]
    public async Task Deactivation_revokes_refresh_tokens_and_refuses_the_old_access_token_on_the_next_request()
    {
        var mentee = await app.MenteeAsync();
        var (client, refreshToken) = await app.SignInAsync(mentee);
        var (_, otherRefreshToken) = await app.SignInAsync(mentee);
        (await client.ExecuteAsync(Me)).EnsureNoErrors();
        var admin = await app.AsAdminAsync();

        var user = (await admin.DeactivateAsync(mentee.Id, "Spam.")).Succeeded("deactivateUser");
        var me = await client.ExecuteAsync(Me);
        var refresh = await app.Anonymous().RefreshTokensAsync(refreshToken);
        var otherRefresh = await app.Anonymous().RefreshTokensAsync(otherRefreshToken);
        var signIn = await app.Anonymous().SignInAsync(mentee.Email);

        Assert.Equal(mentee.Id.ToString(), user.GetProperty("id").GetString());
        Assert.False(user.GetProperty("isActive").GetBoolean());
        me.AssertRefusedWith("UNAUTHENTICATED");
        Assert.Equal(["INVALID_REFRESH_TOKEN"], refresh.PayloadErrorCodes("refreshTokens"));
        Assert.Equal(["INVALID_REFRESH_TOKEN"], otherRefresh.PayloadErrorCodes("refreshTokens"));
        Assert.Equal(["ACCOUNT_DEACTIVATED"], signIn.PayloadErrorCodes("signIn"));
        var tokens = await app.WithDbAsync(db => db.RefreshTokens.AsNoTracking().Where(t => t.UserId == mentee.Id).ToListAsync());
        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(RefreshTokenRevocation.UserDeactivated, t.RevokedReason));
    }

    [Fact]
    public async Task A_deactivated_mentor_drops_out_of_discovery_and_recommendations()
    {
        var tag = ProfileSetup.UniqueTag("Gone");
        var mentor = await app.MentorWithAsync("Leaving", [tag]);
        var mentee = await app.MenteeAsync();
        await app.SetProfileAsync(mentee.Id, [tag]);
        var admin = await app.AsAdminAsync();
        var (listed, recommended) = await app.DiscoveredAsync(tag, mentee);
        Assert.Equal([mentor.Id.ToString()], listed);
        Assert.Equal([mentor.Id.ToString()], recommended);

        (await admin.DeactivateAsync(mentor.Id)).Succeeded("deactivateUser");

        (listed, recommended) = await app.DiscoveredAsync(tag, mentee);
        Assert.Empty(listed);
        Assert.Empty(recommended);
        var byId = await app.Anonymous().ExecuteAsync("query ($id: ID!) { mentor(id: $id) { id } }", new { id = mentor.Id });
        Assert.Equal(JsonValueKind.Null, byId.EnsureNoErrors().At("mentor").ValueKind);
    }

    [Fact]
    public async Task Pending_requests_to_and_from_a_deactivated_user_stay_on_record()
    {
        var mentor = await app.MentorAsync();
        var mentee = await app.MenteeAsync();
        var otherMentor = await app.MentorAsync();
        var toMentor = await mentee.SentRequestAsync(mentor);
        var fromMentee = await mentee.SentRequestAsync(otherMentor);
        var admin = await app.AsAdminAsync();

        (await admin.DeactivateAsync(mentor.Id)).Succeeded("deactivateUser");
        (await admin.DeactivateAsync(mentee.Id)).Succeeded("deactivateUser");

        var received = await otherMentor.Client.ExecuteAsync(RequestOperations.MyRequests, new { direction = "RECEIVED" });
        Assert.Equal([fromMentee.ToString()], received.EnsureNoErrors().At("myMentorshipRequests.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal("PENDING", received.StringAt("myMentorshipRequests.nodes.0.status"));
        var stored = await app.WithDbAsync(db => db.MentorshipRequests.AsNoTracking()
            .Where(r => r.Id == toMentor || r.Id == fromMentee)
            .ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, r => Assert.Equal((MentorshipRequestStatus.Pending, (DateTimeOffset?)null), (r.Status, r.RespondedAt)));
    }

    [Fact]
    public async Task Deactivation_is_recorded_in_the_audit_log_with_actor_subject_and_reason()
    {
        var mentee = await app.MenteeAsync();
        var admin = await app.AdminAsync();

        (await admin.Client.DeactivateAsync(mentee.Id, "  Sent spam to 40 mentors.  ")).Succeeded("deactivateUser");
        var log = await admin.Client.AuditLogAsync(first: 1);

        var entry = log.EnsureNoErrors().At("auditLog.nodes.0");
        Assert.Equal("DEACTIVATE_USER", entry.GetProperty("action").GetString());
        Assert.Equal(admin.Id.ToString(), entry.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(mentee.Id.ToString(), entry.GetProperty("subjectUserId").GetString());
        using var details = JsonDocument.Parse(entry.GetProperty("details").GetString()!);
        Assert.Equal("Sent spam to 40 mentors.", details.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Deactivation_without_a_reason_records_a_null_reason()
    {
        var mentee = await app.MenteeAsync();
        var admin = await app.AsAdminAsync();

        (await admin.DeactivateAsync(mentee.Id, "   ")).Succeeded("deactivateUser");

        var details = await app.WithDbAsync(db => db.AuditLogEntries.Where(e => e.SubjectUserId == mentee.Id).Select(e => e.Details).SingleAsync());
        using var json = JsonDocument.Parse(details!);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("reason").ValueKind);
    }

    [Theory]
    [InlineData("501 characters")]
    [InlineData("NUL")]
    public async Task A_reason_that_cannot_be_kept_is_refused_and_nothing_changes(string problem)
    {
        var mentee = await app.MenteeAsync();
        await app.SignInAsync(mentee);
        var admin = await app.AsAdminAsync();
        var before = await app.UserStateAsync(mentee.Id);
        var entries = await app.AuditEntryCountAsync();

        var response = await admin.DeactivateAsync(mentee.Id, problem == "NUL" ? "a\0b" : new string('r', 501));

        // A NUL is refused before execution for every text input; a long reason by the mutation, naming the field.
        if (problem == "NUL")
        {
            Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        }
        else
        {
            Assert.Equal("INVALID_INPUT", response.Refusal("deactivateUser"));
            Assert.Equal("reason", response.StringAt("deactivateUser.errors.0.field"));
        }

        Assert.Equal(before, await app.UserStateAsync(mentee.Id));
        Assert.Equal(entries, await app.AuditEntryCountAsync());
    }

    [Fact]
    public async Task A_reason_of_500_characters_is_kept()
    {
        var mentee = await app.MenteeAsync();
        var admin = await app.AsAdminAsync();

        (await admin.DeactivateAsync(mentee.Id, new string('r', 500))).Succeeded("deactivateUser");
    }

    [Fact]
    public async Task Deactivating_a_deactivated_user_is_refused_and_not_logged_again()
    {
        var mentee = await app.MenteeAsync();
        var admin = await app.AsAdminAsync();
        (await admin.DeactivateAsync(mentee.Id)).Succeeded("deactivateUser");
        var before = await app.UserStateAsync(mentee.Id);
        var entries = await app.AuditEntryCountAsync();

        var again = await admin.DeactivateAsync(mentee.Id);

        Assert.Equal("USER_ALREADY_DEACTIVATED", again.Refusal("deactivateUser"));
        Assert.Equal(before, await app.UserStateAsync(mentee.Id));
        Assert.Equal(entries, await app.AuditEntryCountAsync());
    }

    [Fact]
    public async Task Unknown_users_are_not_found_by_any_admin_mutation()
    {
        var admin = await app.AsAdminAsync();
        var entries = await app.AuditEntryCountAsync();

        Assert.Equal("USER_NOT_FOUND", (await admin.DeactivateAsync(Guid.NewGuid())).Refusal("deactivateUser"));
        Assert.Equal("USER_NOT_FOUND", (await admin.ReactivateAsync(Guid.NewGuid())).Refusal("reactivateUser"));
        Assert.Equal("USER_NOT_FOUND", (await admin.ChangeRoleAsync(Guid.NewGuid(), "MENTOR")).Refusal("changeUserRole"));
        Assert.Equal(entries, await app.AuditEntryCountAsync());
    }

    [Fact]
    public async Task An_admin_may_deactivate_themselves_while_another_admin_stays_active()
    {
        var admin = await app.AdminAsync();

        (await admin.Client.DeactivateAsync(admin.Id)).Succeeded("deactivateUser");

        (await admin.Client.ExecuteAsync(Me)).AssertRefusedWith("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Reactivation_restores_sign_in_but_not_the_tokens_the_deactivation_ended()
    {
        var mentee = await app.MenteeAsync();
        var (client, refreshToken) = await app.SignInAsync(mentee);
        var admin = await app.AdminAsync();
        (await admin.Client.DeactivateAsync(mentee.Id)).Succeeded("deactivateUser");

        var user = (await admin.Client.ReactivateAsync(mentee.Id)).Succeeded("reactivateUser");
        var (newClient, _) = await app.SignInAsync(mentee);

        Assert.True(user.GetProperty("isActive").GetBoolean());
        Assert.Equal(mentee.Id.ToString(), (await newClient.ExecuteAsync(Me)).EnsureNoErrors().StringAt("me.id"));
        (await client.ExecuteAsync(Me)).AssertRefusedWith("UNAUTHENTICATED");
        Assert.Equal(["INVALID_REFRESH_TOKEN"], (await app.Anonymous().RefreshTokensAsync(refreshToken)).PayloadErrorCodes("refreshTokens"));
        var entry = (await admin.Client.AuditLogAsync(first: 1)).EnsureNoErrors().At("auditLog.nodes.0");
        Assert.Equal("REACTIVATE_USER", entry.GetProperty("action").GetString());
        Assert.Equal(mentee.Id.ToString(), entry.GetProperty("subjectUserId").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("details").ValueKind);
    }

    [Fact]
    public async Task Reactivating_an_active_user_is_refused_and_not_logged()
    {
        var mentee = await app.MenteeAsync();
        var admin = await app.AsAdminAsync();
        var entries = await app.AuditEntryCountAsync();

        Assert.Equal("USER_ALREADY_ACTIVE", (await admin.ReactivateAsync(mentee.Id)).Refusal("reactivateUser"));
        Assert.Equal(entries, await app.AuditEntryCountAsync());
    }
}
