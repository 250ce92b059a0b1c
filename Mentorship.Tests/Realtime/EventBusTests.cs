using Mentorship.GraphQL.Realtime;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Infrastructure.Probes;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Realtime;

public sealed class EventBusTests(AppFor<EventBusTests> host) : IClassFixture<AppFor<EventBusTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForRealtimeTests();

    [Fact]
    public async Task Event_committed_with_its_transaction_reaches_its_recipient()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await SubscribeAsync(mentee, expectedSubscribers: 1);

        var subject = await RealtimeProbe.PublishAsync(app, [mentee.Id]);

        Assert.Equal(subject, RealtimeProbe.SubjectOf(await client.ReceiveAsync("next")));
    }

    [Fact]
    public async Task Event_of_a_rolled_back_transaction_is_never_delivered()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await SubscribeAsync(mentee, expectedSubscribers: 1);

        await RealtimeProbe.PublishAsync(app, [mentee.Id], commit: false);
        var committed = await RealtimeProbe.PublishAsync(app, [mentee.Id]);

        // Notifications arrive in commit order, so the rolled-back one would have come first.
        Assert.Equal(committed, RealtimeProbe.SubjectOf(await client.ReceiveAsync("next")));
    }

    [Fact]
    public async Task Subscriber_never_receives_events_addressed_to_someone_else()
    {
        var mentee = await app.MenteeAsync();
        var other = await app.MenteeAsync();
        await using var menteeClient = await SubscribeAsync(mentee, expectedSubscribers: 1);
        await using var otherClient = await SubscribeAsync(other, expectedSubscribers: 2);

        var forOther = await RealtimeProbe.PublishAsync(app, [other.Id]);
        var forMentee = await RealtimeProbe.PublishAsync(app, [mentee.Id]);

        Assert.Equal(forMentee, RealtimeProbe.SubjectOf(await menteeClient.ReceiveAsync("next")));
        Assert.Equal(forOther, RealtimeProbe.SubjectOf(await otherClient.ReceiveAsync("next")));
    }

    [Fact]
    public async Task Every_recipient_receives_an_event_once_even_when_named_twice()
    {
        var mentee = await app.MenteeAsync();
        var mentor = await app.MentorAsync();
        await using var menteeClient = await SubscribeAsync(mentee, expectedSubscribers: 1);
        await using var mentorClient = await SubscribeAsync(mentor, expectedSubscribers: 2);

        var both = await RealtimeProbe.PublishAsync(app, [mentee.Id, mentor.Id, mentee.Id]);
        var menteeOnly = await RealtimeProbe.PublishAsync(app, [mentee.Id]);

        Assert.Equal([both, menteeOnly], [RealtimeProbe.SubjectOf(await menteeClient.ReceiveAsync("next")), RealtimeProbe.SubjectOf(await menteeClient.ReceiveAsync("next"))]);
        Assert.Equal(both, RealtimeProbe.SubjectOf(await mentorClient.ReceiveAsync("next")));
    }

    [Fact]
    public async Task Notification_that_is_not_an_event_is_ignored_and_later_events_still_arrive()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await SubscribeAsync(mentee, expectedSubscribers: 1);

        await RealtimeProbe.NotifyRawAsync(app, "not json");
        await RealtimeProbe.NotifyRawAsync(app, """{"kind":"probe","subject":"not-a-uuid","recipients":[]}""");
        await RealtimeProbe.NotifyRawAsync(app, $$"""{"subject":"{{Guid.NewGuid()}}","recipients":["{{mentee.Id}}"]}""");
        var subject = await RealtimeProbe.PublishAsync(app, [mentee.Id]);

        Assert.Equal(subject, RealtimeProbe.SubjectOf(await client.ReceiveAsync("next")));
    }

    [Fact]
    public async Task Completing_the_subscription_or_closing_the_socket_unregisters_it()
    {
        var mentee = await app.MenteeAsync();
        var client = await SubscribeAsync(mentee, expectedSubscribers: 1);
        await client.SubscribeAsync("second", RealtimeProbe.Subscription);
        await RealtimeProbe.WaitForSubscribersAsync(app, 2);

        await client.CompleteAsync("second");
        await RealtimeProbe.WaitForSubscribersAsync(app, 1);
        await client.DisposeAsync();
        await RealtimeProbe.WaitForSubscribersAsync(app, 0);

        Assert.Equal(0, app.Services.GetRequiredService<RealtimeEventHub>().SubscriberCount);
    }

    [Fact]
    public async Task Instance_listens_on_exactly_one_database_connection_whatever_its_subscribers()
    {
        var clients = new List<GraphQLWebSocketClient>();
        for (var i = 1; i <= 3; i++)
        {
            clients.Add(await SubscribeAsync(await app.MenteeAsync(), expectedSubscribers: i));
        }

        var listeners = await RealtimeProbe.ListenerPidsAsync(app.ConnectionString);
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        Assert.Single(listeners);
    }

    [Fact]
    public async Task Publishing_outside_a_transaction_is_refused()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var publisher = scope.ServiceProvider.GetRequiredService<RealtimeEventPublisher>();

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            publisher.PublishAsync(new RealtimeEvent(ProbeSubscriptionFields.Kind, Guid.NewGuid(), []), CancellationToken.None));

        Assert.Contains("inside the transaction", refusal.Message, StringComparison.Ordinal);
    }

    private async Task<GraphQLWebSocketClient> SubscribeAsync(TestUser user, int expectedSubscribers)
    {
        await RealtimeProbe.WaitForListenersAsync(app.ConnectionString, 1);
        var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = user.AccessToken });
        await client.SubscribeAsync(client.NewId(), RealtimeProbe.Subscription);
        await RealtimeProbe.WaitForSubscribersAsync(app, expectedSubscribers);
        return client;
    }
}
