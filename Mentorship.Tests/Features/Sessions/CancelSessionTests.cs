using System.Text.Json;
using Mentorship.Data.Entities;
using Mentorship.Tests.Infrastructure;
using static Mentorship.Tests.Features.Scheduling.AvailabilityOperations;

namespace Mentorship.Tests.Features.Sessions;

public sealed class CancelSessionTests(AppFor<CancelSessionTests> host) : IClassFixture<AppFor<CancelSessionTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.UseFakeClock();

    private DateTimeOffset InOneDay => DaysAheadAt(1, hour: 10, app.Clock.GetUtcNow());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Either_party_cancels_before_the_start_with_a_reason_and_the_slot_is_bookable_again(bool mentorCancels)
    {
        var (mentee, mentor) = await app.PairAsync();
        var start = InOneDay;
        var sessionId = await mentee.BookedAsync(mentor, start);
        var canceller = mentorCancels ? mentor : mentee;

        var response = await canceller.CancelAsync(sessionId, "  Something came up.  ");
        var slots = await app.Anonymous().SlotStartsAsync(mentor.Id, start, start.AddMinutes(15));

        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("cancelSession.errors").ValueKind);
        Assert.Equal(
            ("CANCELLED", "Something came up.", canceller.Id.ToString()),
            (response.StringAt("cancelSession.session.status"), response.StringAt("cancelSession.session.cancellationReason"), response.StringAt("cancelSession.session.cancelledBy.id")));
        Assert.Equal(app.Clock.GetUtcNow(), Instant(response.StringAt("cancelSession.session.cancelledAt")));
        Assert.Equal([start], slots);
        var stored = await app.StoredSessionAsync(sessionId);
        Assert.Equal((SessionStatus.Cancelled, canceller.Id), (stored.Status, stored.CancelledById));
        await mentee.BookedAsync(mentor, start);
    }

    [Fact]
    public async Task A_session_that_has_started_cannot_be_cancelled()
    {
        var (mentee, mentor) = await app.PairAsync();
        var start = InOneDay;
        var sessionId = await mentee.BookedAsync(mentor, start, 60);

        app.Clock.Advance(start - app.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var response = await (await app.SignedInAgainAsync(mentor)).CancelAsync(sessionId);

        Assert.Equal("SESSION_ALREADY_STARTED", response.SessionRefusal("cancelSession"));
        Assert.Equal(SessionStatus.Scheduled, (await app.StoredSessionAsync(sessionId)).Status);
    }

    [Fact]
    public async Task A_cancelled_session_cannot_be_cancelled_again()
    {
        var (mentee, mentor) = await app.PairAsync();
        var sessionId = await mentee.BookedAsync(mentor, InOneDay);
        (await mentee.CancelAsync(sessionId, "First")).EnsureNoErrors();

        var response = await mentor.CancelAsync(sessionId, "Second");

        Assert.Equal("SESSION_ALREADY_CANCELLED", response.SessionRefusal("cancelSession"));
        var stored = await app.StoredSessionAsync(sessionId);
        Assert.Equal(("First", mentee.Id), (stored.CancellationReason, stored.CancelledById));
    }

    [Fact]
    public async Task Someone_else_finds_no_such_session()
    {
        var (mentee, mentor) = await app.PairAsync();
        var sessionId = await mentee.BookedAsync(mentor, InOneDay);
        var otherMentor = await app.MentorAsync();
        var admin = await app.AdminAsync();

        var byOtherMentor = await otherMentor.CancelAsync(sessionId);
        var byAdmin = await admin.CancelAsync(sessionId);
        var unknown = await mentee.CancelAsync(Guid.NewGuid());

        Assert.Equal("SESSION_NOT_FOUND", byOtherMentor.SessionRefusal("cancelSession"));
        Assert.Equal("SESSION_NOT_FOUND", byAdmin.SessionRefusal("cancelSession"));
        Assert.Equal("SESSION_NOT_FOUND", unknown.SessionRefusal("cancelSession"));
        Assert.Equal(SessionStatus.Scheduled, (await app.StoredSessionAsync(sessionId)).Status);
    }

    [Fact]
    public async Task A_reason_over_500_characters_is_INVALID_INPUT()
    {
        var (mentee, mentor) = await app.PairAsync();
        var sessionId = await mentee.BookedAsync(mentor, InOneDay);

        var tooLong = await mentee.CancelAsync(sessionId, new string('r', 501));
        var longest = await mentee.CancelAsync(sessionId, new string('r', 500));

        Assert.Equal("INVALID_INPUT", tooLong.SessionRefusal("cancelSession"));
        Assert.Equal("reason", tooLong.At("cancelSession.errors").EnumerateArray().Single().GetProperty("field").GetString());
        Assert.Equal("CANCELLED", longest.StringAt("cancelSession.session.status"));
    }
}
