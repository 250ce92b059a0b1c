using System.Text.Json;
using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Realtime;

namespace Mentorship.Tests.Features.Sessions;

/// <summary>Subscribing to <c>sessionUpdated</c> over WebSocket and reading what arrives.</summary>
internal static class SessionUpdates
{
    /// <summary>
    /// A socket signed in as <paramref name="user"/> running the client's OnSessionUpdated; returns once the server
    /// holds <paramref name="expectedSubscribers"/> subscriptions, so events published from then on reach it.
    /// </summary>
    public static async Task<GraphQLWebSocketClient> SubscribeAsync(MentorshipApp app, TestUser user, int expectedSubscribers)
    {
        var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = user.AccessToken });
        await client.SubscribeAsync("sessions", SessionOperations.Updates);
        await RealtimeProbe.WaitForSubscribersAsync(app, expectedSubscribers);
        return client;
    }

    /// <summary>The next session update on the socket, as (id, status).</summary>
    public static async Task<(Guid Id, string Status)> NextSessionAsync(this GraphQLWebSocketClient client)
    {
        var session = await client.NextSessionUpdateAsync();
        return (Guid.Parse(session.GetProperty("id").GetString()!), session.GetProperty("status").GetString()!);
    }

    /// <summary>The session in the next <c>next</c> message on the socket.</summary>
    public static async Task<JsonElement> NextSessionUpdateAsync(this GraphQLWebSocketClient client)
    {
        var message = await client.ReceiveAsync("next");
        var payload = message.GetProperty("payload");
        Assert.False(payload.TryGetProperty("errors", out var errors), $"the event carried errors: {errors}");
        return payload.GetProperty("data").GetProperty("sessionUpdated");
    }
}
