using System.Text.Json;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;

namespace Mentorship.Tests.Features.Requests;

/// <summary>Subscribing to <c>mentorshipRequestUpdated</c> over WebSocket and reading what arrives.</summary>
internal static class RequestUpdates
{
    public const string Subscription = $$"""
        subscription OnMentorshipRequestUpdated { mentorshipRequestUpdated { ...RequestFields } }
        {{RequestOperations.RequestFields}}
        """;

    /// <summary>
    /// A socket signed in as <paramref name="user"/> with <paramref name="subscription"/> running; returns once
    /// the server holds <paramref name="expectedSubscribers"/> subscriptions, so events published from then on reach it.
    /// </summary>
    public static async Task<GraphQLWebSocketClient> SubscribeAsync(
        MentorshipApp app, TestUser user, int expectedSubscribers, string subscription = Subscription)
    {
        var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = user.AccessToken });
        await client.SubscribeAsync("updates", subscription);
        await RealtimeProbe.WaitForSubscribersAsync(app, expectedSubscribers);
        return client;
    }

    /// <summary>The next request update on the socket, as (id, status).</summary>
    public static async Task<(Guid Id, string Status)> NextAsync(this GraphQLWebSocketClient client)
    {
        var request = await client.NextRequestAsync();
        return (Guid.Parse(request.GetProperty("id").GetString()!), request.GetProperty("status").GetString()!);
    }

    /// <summary>The request in the next <c>next</c> message on the socket.</summary>
    public static async Task<JsonElement> NextRequestAsync(this GraphQLWebSocketClient client)
    {
        var message = await client.ReceiveAsync("next");
        var payload = message.GetProperty("payload");
        Assert.False(payload.TryGetProperty("errors", out var errors), $"the event carried errors: {errors}");
        return payload.GetProperty("data").GetProperty("mentorshipRequestUpdated");
    }
}
