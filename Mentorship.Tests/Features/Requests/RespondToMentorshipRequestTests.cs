using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Tests.Features.Requests;

public sealed class RespondToMentorshipRequestTests(MentorshipApp app) : IClassFixture<MentorshipApp>
{
    [Fact]
    public async Task A_mentor_can_accept_a_request()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var requestId = await mentee.SentRequestAsync(mentor);

        var response = await mentor.AcceptAsync(requestId);

        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("acceptMentorshipRequest.errors").ValueKind);
        Assert.Equal("ACCEPTED", response.StringAt("acceptMentorshipRequest.request.status"));
        Assert.NotNull(response.StringAt("acceptMentorshipRequest.request.respondedAt"));
        Assert.Equal("ACTIVE", response.StringAt("acceptMentorshipRequest.mentorship.status"));
        var mentorshipId = Guid.Parse(response.StringAt("acceptMentorshipRequest.mentorship.id")!);
        var stored = await app.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(m => m.Id == mentorshipId));
        Assert.Equal((mentor.Id, mentee.Id, requestId, MentorshipStatus.Active), (stored.MentorId, stored.MenteeId, stored.RequestId, stored.Status));
        var request = await app.WithDbAsync(db => db.MentorshipRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        Assert.Equal((MentorshipRequestStatus.Accepted, mentor.Id), (request.Status, request.RespondedById));
        Assert.Equal(request.RespondedAt, stored.StartedAt);
    }

    [Fact]
    public async Task A_mentor_can_decline_a_request_with_a_reason_and_the_change_is_stamped()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var requestId = await mentee.SentRequestAsync(mentor);

        var response = await mentor.DeclineAsync(requestId, " Fully booked this quarter. ");

        response.EnsureNoErrors();
        Assert.Equal("DECLINED", response.StringAt("declineMentorshipRequest.request.status"));
        Assert.Equal("Fully booked this quarter.", response.StringAt("declineMentorshipRequest.request.declineReason"));
        var stored = await app.WithDbAsync(db => db.MentorshipRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        Assert.Equal(mentor.Id, stored.RespondedById);
        Assert.NotNull(stored.RespondedAt);
        Assert.False(await app.WithDbAsync(db => db.Pairings.AnyAsync(m => m.RequestId == requestId)));
    }

    [Fact]
    public async Task A_decline_reason_over_1000_characters_is_refused_naming_reason()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var requestId = await mentee.SentRequestAsync(mentor);

        var response = await mentor.DeclineAsync(requestId, new string('r', 1001));

        Assert.Equal("INVALID_INPUT", response.RefusalCode("declineMentorshipRequest"));
        Assert.Equal("reason", response.StringAt("declineMentorshipRequest.errors.0.field"));
        Assert.Equal(MentorshipRequestStatus.Pending, await StatusAsync(requestId));
    }

    [Fact]
    public async Task A_mentee_can_withdraw_a_pending_request_and_the_change_is_stamped()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var requestId = await mentee.SentRequestAsync(mentor);

        var response = await mentee.WithdrawAsync(requestId);

        response.EnsureNoErrors();
        Assert.Equal("WITHDRAWN", response.StringAt("withdrawMentorshipRequest.request.status"));
        var stored = await app.WithDbAsync(db => db.MentorshipRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        Assert.Equal(mentee.Id, stored.RespondedById);
        Assert.NotNull(stored.RespondedAt);
    }

    [Fact]
    public async Task A_request_reads_as_not_found_to_a_mentor_it_is_not_addressed_to()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var stranger = await app.MentorAsync();
        var requestId = await mentee.SentRequestAsync(mentor);

        var accept = await stranger.AcceptAsync(requestId);
        var decline = await stranger.DeclineAsync(requestId);
        var withdraw = await stranger.WithdrawAsync(requestId);
        var unknown = await mentor.AcceptAsync(Guid.NewGuid());

        Assert.Equal("REQUEST_NOT_FOUND", accept.RefusalCode("acceptMentorshipRequest"));
        Assert.Equal("REQUEST_NOT_FOUND", decline.RefusalCode("declineMentorshipRequest"));
        Assert.Equal("REQUEST_NOT_FOUND", withdraw.RefusalCode("withdrawMentorshipRequest"));
        Assert.Equal("REQUEST_NOT_FOUND", unknown.RefusalCode("acceptMentorshipRequest"));
        Assert.Equal(MentorshipRequestStatus.Pending, await StatusAsync(requestId));
    }

    [Fact]
    public async Task A_request_reads_as_not_found_to_another_mentee()
    {
        var mentee = await app.MenteeAsync();
        var otherMentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var requestId = await mentee.SentRequestAsync(mentor);

        var withdraw = await otherMentee.WithdrawAsync(requestId);

        Assert.Equal("REQUEST_NOT_FOUND", withdraw.RefusalCode("withdrawMentorshipRequest"));
        Assert.Equal(MentorshipRequestStatus.Pending, await StatusAsync(requestId));
    }

    [Fact]
    public async Task The_sender_cannot_accept_or_decline_their_own_request()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var requestId = await mentee.SentRequestAsync(mentor);

        var accept = await mentee.AcceptAsync(requestId);
        var decline = await mentee.DeclineAsync(requestId);

        accept.AssertForbidden();
        decline.AssertForbidden();
        Assert.Equal(MentorshipRequestStatus.Pending, await StatusAsync(requestId));
    }

    [Fact]
    public async Task The_addressed_mentor_cannot_withdraw_a_request()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var requestId = await mentee.SentRequestAsync(mentor);

        var response = await mentor.WithdrawAsync(requestId);

        Assert.Equal("NOT_REQUEST_SENDER", response.RefusalCode("withdrawMentorshipRequest"));
        Assert.Equal(MentorshipRequestStatus.Pending, await StatusAsync(requestId));
    }

    [Fact]
    public async Task An_answered_request_never_changes_again()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var declined = await mentee.SentRequestAsync(mentor);
        await mentor.DeclineAsync(declined);
        var withdrawn = await mentee.SentRequestAsync(mentor);
        await mentee.WithdrawAsync(withdrawn);
        var accepted = await mentee.SentRequestAsync(mentor);
        await mentor.AcceptAsync(accepted);

        var acceptDeclined = await mentor.AcceptAsync(declined);
        var declineWithdrawn = await mentor.DeclineAsync(withdrawn);
        var withdrawAccepted = await mentee.WithdrawAsync(accepted);
        var acceptAgain = await mentor.AcceptAsync(accepted);

        Assert.Equal("REQUEST_NOT_PENDING", acceptDeclined.RefusalCode("acceptMentorshipRequest"));
        Assert.Equal("DECLINED", acceptDeclined.StringAt("acceptMentorshipRequest.errors.0.status"));
        Assert.Equal("REQUEST_NOT_PENDING", declineWithdrawn.RefusalCode("declineMentorshipRequest"));
        Assert.Equal("REQUEST_NOT_PENDING", withdrawAccepted.RefusalCode("withdrawMentorshipRequest"));
        Assert.Equal("ACCEPTED", withdrawAccepted.StringAt("withdrawMentorshipRequest.errors.0.status"));
        Assert.Equal("REQUEST_NOT_PENDING", acceptAgain.RefusalCode("acceptMentorshipRequest"));
        Assert.Equal(
            [MentorshipRequestStatus.Declined, MentorshipRequestStatus.Withdrawn, MentorshipRequestStatus.Accepted],
            [await StatusAsync(declined), await StatusAsync(withdrawn), await StatusAsync(accepted)]);
        Assert.Equal(1, await app.WithDbAsync(db => db.Pairings.CountAsync(m => m.MenteeId == mentee.Id)));
    }

    [Fact]
    public async Task Racing_accepts_and_withdrawals_leave_exactly_one_outcome()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        var requestId = await mentee.SentRequestAsync(mentor);

        var responses = await Task.WhenAll(
            Task.Run(() => mentor.AcceptAsync(requestId)),
            Task.Run(() => mentee.WithdrawAsync(requestId)),
            Task.Run(() => mentor.AcceptAsync(requestId)),
            Task.Run(() => mentee.WithdrawAsync(requestId)));

        Assert.All(responses, r => r.EnsureNoErrors());
        var winners = responses.Where(r => r.Data.EnumerateObject().Single().Value.GetProperty("errors").ValueKind == JsonValueKind.Null).ToList();
        Assert.Single(winners);
        Assert.All(responses.Except(winners), r => Assert.Equal(
            "REQUEST_NOT_PENDING",
            r.Data.EnumerateObject().Single().Value.GetProperty("errors")[0].GetProperty("code").GetString()));
        var status = await StatusAsync(requestId);
        var mentorships = await app.WithDbAsync(db => db.Pairings.CountAsync(m => m.RequestId == requestId));
        Assert.Equal(status == MentorshipRequestStatus.Accepted ? 1 : 0, mentorships);
    }

    private Task<MentorshipRequestStatus> StatusAsync(Guid requestId) =>
        app.WithDbAsync(db => db.MentorshipRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync());
}
