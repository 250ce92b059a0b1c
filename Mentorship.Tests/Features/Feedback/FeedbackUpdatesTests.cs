using Mentorship.Tests.Features.Sessions;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;

namespace Mentorship.Tests.Features.Feedback;

public sealed class FeedbackUpdatesTests(AppFor<FeedbackUpdatesTests> host) : IClassFixture<AppFor<FeedbackUpdatesTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests();

    [Fact]
    public async Task The_mentor_hears_feedback_arrive_on_their_session_and_a_refusal_announces_nothing()
    {
        var mentor = await app.MentorAsync();
        var mentee = await app.MenteeAsync();
        var sessions = await app.CompletedSessionsAsync(mentee, mentor, 2);
        await using var mentorSocket = await SessionUpdates.SubscribeAsync(app, mentor, expectedSubscribers: 1);

        var feedbackId = await mentee.SubmittedAsync(sessions[0], 5, "Thank you!");
        var heard = await mentorSocket.NextSessionUpdateAsync();
        Assert.Equal("FEEDBACK_ALREADY_GIVEN", (await mentee.SubmitAsync(sessions[0], 1)).FeedbackRefusal());
        await mentee.SubmittedAsync(sessions[1], 3);
        var heardNext = await mentorSocket.NextSessionUpdateAsync();

        Assert.Equal(
            (sessions[0].ToString(), "COMPLETED", feedbackId.ToString(), 5, "Thank you!"),
            (heard.GetProperty("id").GetString(), heard.GetProperty("status").GetString(), heard.GetProperty("feedback").GetProperty("id").GetString(),
                heard.GetProperty("feedback").GetProperty("rating").GetInt32(), heard.GetProperty("feedback").GetProperty("comment").GetString()));

        // Events reach a subscriber in commit order: had the refusal announced anything, it would come before this.
        Assert.Equal((sessions[1].ToString(), 3), (heardNext.GetProperty("id").GetString(), heardNext.GetProperty("feedback").GetProperty("rating").GetInt32()));
    }
}
