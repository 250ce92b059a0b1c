using System.Text.Json;
using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Requests;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentorship.Tests.Features.Requests;

public sealed class SendMentorshipRequestTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task A_mentee_can_send_a_request()
    {
        var mentee = await app.MenteeAsync("Mia Mentee");
        var mentor = await app.MentorAsync("Max Mentor");

        var response = await mentee.SendAsync(mentor.Id, "  Could you help me with Rust?  ");

        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("sendMentorshipRequest.errors").ValueKind);
        var request = response.At("sendMentorshipRequest.request");
        Assert.Equal("PENDING", request.GetProperty("status").GetString());
        Assert.Equal("Could you help me with Rust?", request.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, request.GetProperty("respondedAt").ValueKind);
        Assert.Equal(mentor.Id.ToString(), request.GetProperty("mentor").GetProperty("id").GetString());
        Assert.Equal("Max Mentor", request.GetProperty("mentor").GetProperty("profile").GetProperty("displayName").GetString());
        Assert.Equal("Mia Mentee", request.GetProperty("mentee").GetProperty("profile").GetProperty("displayName").GetString());
        var stored = await app.WithDbAsync(db => db.MentorshipRequests.AsNoTracking().SingleAsync(r => r.MenteeId == mentee.Id));
        Assert.Equal(MentorshipRequestStatus.Pending, stored.Status);
        Assert.Equal(mentor.Id, stored.MentorId);
    }

    [Fact]
    public async Task A_mentee_cannot_send_a_request_to_themselves()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.SendAsync(mentee.Id);

        Assert.Equal("CANNOT_REQUEST_SELF", response.RefusalCode("sendMentorshipRequest"));
        Assert.Equal(0, await RequestCountAsync(mentee.Id));
    }

    [Fact]
    public async Task A_mentor_cannot_send_requests_to_another_mentor_or_to_themselves()
    {
        var mentor = await app.MentorAsync();
        var otherMentor = await app.MentorAsync();

        var toOther = await mentor.SendAsync(otherMentor.Id);
        var toSelf = await mentor.SendAsync(mentor.Id);

        toOther.AssertForbidden();
        toSelf.AssertForbidden();
        Assert.Equal(0, await app.WithDbAsync(db => db.MentorshipRequests.CountAsync(r => r.MenteeId == mentor.Id)));
    }

    [Fact]
    public async Task The_service_refuses_a_mentor_with_NotAMenteeError_whatever_the_transport_checks()
    {
        var mentor = await app.MentorAsync();
        var otherMentor = await app.MentorAsync();
        await using var scope = app.Services.CreateAsyncScope();

        var payload = await scope.ServiceProvider.GetRequiredService<MentorshipRequestService>()
            .SendAsync(mentor.Id, new SendMentorshipRequestInput(otherMentor.Id, null), CancellationToken.None);

        Assert.Null(payload.Value);
        Assert.IsType<NotAMenteeError>(Assert.Single(payload.Errors!));
    }

    [Fact]
    public async Task An_admin_cannot_send_requests()
    {
        var admin = await app.AdminAsync();
        var mentor = await app.MentorAsync();

        var response = await admin.SendAsync(mentor.Id);

        response.AssertForbidden();
        Assert.Equal(0, await RequestCountAsync(admin.Id));
    }

    [Fact]
    public async Task Requests_to_a_mentee_an_inactive_mentor_or_an_unknown_id_are_refused_with_MENTOR_NOT_FOUND()
    {
        var mentee = await app.MenteeAsync();
        var otherMentee = await app.MenteeAsync();
        var inactive = await app.MentorAsync();
        await app.DeactivateAsync(inactive.Id);

        var toMentee = await mentee.SendAsync(otherMentee.Id);
        var toInactive = await mentee.SendAsync(inactive.Id);
        var toNobody = await mentee.SendAsync(Guid.NewGuid());

        Assert.Equal("MENTOR_NOT_FOUND", toMentee.RefusalCode("sendMentorshipRequest"));
        Assert.Equal("MENTOR_NOT_FOUND", toInactive.RefusalCode("sendMentorshipRequest"));
        Assert.Equal("MENTOR_NOT_FOUND", toNobody.RefusalCode("sendMentorshipRequest"));
        Assert.Equal(0, await RequestCountAsync(mentee.Id));
    }

    [Fact]
    public async Task A_message_over_1000_characters_is_refused_naming_message()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();

        var response = await mentee.SendAsync(mentor.Id, new string('m', 1001));

        Assert.Equal("INVALID_INPUT", response.RefusalCode("sendMentorshipRequest"));
        Assert.Equal("message", response.StringAt("sendMentorshipRequest.errors.0.field"));
        Assert.Equal(0, await RequestCountAsync(mentee.Id));
    }

    [Fact]
    public async Task A_malformed_mentor_id_is_refused_as_bad_user_input()
    {
        var mentee = await app.MenteeAsync();

        var response = await mentee.Client.ExecuteAsync(RequestOperations.Send, new { input = new { mentorId = "not-a-uuid" } });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_second_request_to_the_same_mentor_is_a_duplicate_while_the_first_is_pending()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        await mentee.SentRequestAsync(mentor);

        var again = await mentee.SendAsync(mentor.Id);

        Assert.Equal("DUPLICATE_REQUEST", again.RefusalCode("sendMentorshipRequest"));
        Assert.Equal(1, await RequestCountAsync(mentee.Id));
    }

    [Fact]
    public async Task A_mentee_may_ask_again_after_a_decline_or_a_withdrawal()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        await mentor.DeclineAsync(await mentee.SentRequestAsync(mentor));
        await mentee.WithdrawAsync(await mentee.SentRequestAsync(mentor));

        var third = await mentee.SendAsync(mentor.Id);

        third.EnsureNoErrors();
        Assert.Equal("PENDING", third.StringAt("sendMentorshipRequest.request.status"));
        Assert.Equal(3, await RequestCountAsync(mentee.Id));
    }

    [Fact]
    public async Task A_sixth_pending_request_is_refused_with_the_limit()
    {
        var mentee = await app.MenteeAsync();
        for (var i = 0; i < 5; i++)
        {
            await mentee.SentRequestAsync(await app.MentorAsync());
        }

        var sixth = await mentee.Client.ExecuteAsync(
            "mutation($input: SendMentorshipRequestInput!) { sendMentorshipRequest(input: $input) { request { id } errors { ... on Error { code } ... on PendingRequestLimitError { limit } } } }",
            new { input = new { mentorId = (await app.MentorAsync()).Id } });

        Assert.Equal("PENDING_REQUEST_LIMIT", sixth.RefusalCode("sendMentorshipRequest"));
        Assert.Equal(5, sixth.At("sendMentorshipRequest.errors.0.limit").GetInt32());
        Assert.Equal(5, await RequestCountAsync(mentee.Id));
    }

    [Fact]
    public async Task Answered_requests_do_not_count_toward_the_pending_limit()
    {
        var mentee = await app.MenteeAsync();
        var mentors = new List<TestUser>();
        for (var i = 0; i < 5; i++)
        {
            mentors.Add(await app.MentorAsync());
            await mentee.SentRequestAsync(mentors[^1]);
        }

        var answered = (await app.WithDbAsync(db => db.MentorshipRequests.AsNoTracking().FirstAsync(r => r.MenteeId == mentee.Id && r.MentorId == mentors[0].Id))).Id;
        await mentors[0].DeclineAsync(answered);

        var sixth = await mentee.SendAsync((await app.MentorAsync()).Id);

        sixth.EnsureNoErrors();
        Assert.Equal("PENDING", sixth.StringAt("sendMentorshipRequest.request.status"));
    }

    [Fact]
    public async Task Concurrent_duplicate_sends_create_one_request_and_typed_errors_for_the_rest()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => mentee.SendAsync(mentor.Id))));

        Assert.All(responses, r => r.EnsureNoErrors());
        Assert.Single(responses, r => r.At("sendMentorshipRequest.request").ValueKind == JsonValueKind.Object);
        Assert.Equal(7, responses.Count(r => r.At("sendMentorshipRequest.errors").ValueKind == JsonValueKind.Array
            && r.StringAt("sendMentorshipRequest.errors.0.code") == "DUPLICATE_REQUEST"));
        Assert.Equal(1, await RequestCountAsync(mentee.Id));
    }

    [Fact]
    public async Task Concurrent_sends_to_ten_mentors_leave_exactly_five_pending()
    {
        var mentee = await app.MenteeAsync();
        var mentors = new List<TestUser>();
        for (var i = 0; i < 10; i++)
        {
            mentors.Add(await app.MentorAsync());
        }

        var responses = await Task.WhenAll(mentors.Select(m => Task.Run(() => mentee.SendAsync(m.Id))));

        Assert.All(responses, r => r.EnsureNoErrors());
        Assert.Equal(5, responses.Count(r => r.At("sendMentorshipRequest.request").ValueKind == JsonValueKind.Object));
        Assert.Equal(5, responses.Count(r => r.At("sendMentorshipRequest.errors").ValueKind == JsonValueKind.Array
            && r.StringAt("sendMentorshipRequest.errors.0.code") == "PENDING_REQUEST_LIMIT"));
        Assert.Equal(5, await app.WithDbAsync(db => db.MentorshipRequests.CountAsync(r => r.MenteeId == mentee.Id && r.Status == MentorshipRequestStatus.Pending)));
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_open_request_for_a_pair()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        await mentee.SentRequestAsync(mentor);

        var refusal = await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.MentorshipRequests.Add(new MentorshipRequest
            {
                Id = Guid.NewGuid(),
                MenteeId = mentee.Id,
                MentorId = mentor.Id,
                Status = MentorshipRequestStatus.Pending,
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }));

        var postgres = Assert.IsType<PostgresException>(refusal.InnerException);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, postgres.SqlState);
        Assert.Equal(DatabaseConstraints.OpenRequestPerPair, postgres.ConstraintName);
    }

    private Task<int> RequestCountAsync(Guid menteeId) =>
        app.WithDbAsync(db => db.MentorshipRequests.CountAsync(r => r.MenteeId == menteeId));
}
