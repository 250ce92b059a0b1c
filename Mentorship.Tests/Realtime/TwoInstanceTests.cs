using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Realtime;

public sealed class TwoInstanceTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task Subscriber_on_one_instance_hears_an_event_published_through_the_other()
    {
        var mentee = await instances.First.MenteeAsync();
        await RealtimeProbe.WaitForListenersAsync(instances.First.ConnectionString, 2);
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(instances.First, new { authToken = mentee.AccessToken });
        await client.SubscribeAsync("s", RealtimeProbe.Subscription);
        await RealtimeProbe.WaitForSubscribersAsync(instances.First, 1);

        var subject = await RealtimeProbe.PublishAsync(instances.Second, [mentee.Id]);

        Assert.Equal(subject, RealtimeProbe.SubjectOf(await client.ReceiveAsync("next")));
    }

    [Fact]
    public async Task Subscribers_on_both_instances_hear_the_same_event()
    {
        var mentee = await instances.First.MenteeAsync();
        var mentor = await instances.First.MentorAsync();
        await RealtimeProbe.WaitForListenersAsync(instances.First.ConnectionString, 2);
        await using var onFirst = await GraphQLWebSocketClient.ConnectAndInitAsync(instances.First, new { authToken = mentee.AccessToken });
        await using var onSecond = await GraphQLWebSocketClient.ConnectAndInitAsync(instances.Second, new { authToken = mentor.AccessToken });
        await onFirst.SubscribeAsync("s", RealtimeProbe.Subscription);
        await onSecond.SubscribeAsync("s", RealtimeProbe.Subscription);
        await RealtimeProbe.WaitForSubscribersAsync(instances.First, 1);
        await RealtimeProbe.WaitForSubscribersAsync(instances.Second, 1);

        var subject = await RealtimeProbe.PublishAsync(instances.First, [mentee.Id, mentor.Id]);

        Assert.Equal(subject, RealtimeProbe.SubjectOf(await onFirst.ReceiveAsync("next")));
        Assert.Equal(subject, RealtimeProbe.SubjectOf(await onSecond.ReceiveAsync("next")));
    }
}
