using System.Text.Json;
using Mentorship.GraphQL.Realtime;
using Mentorship.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Features.Requests;

/// <summary>Subscribing to <c>mentorshipRequestUpdated</c> over WebSocket and reading what arrives.</summary>
internal static class RequestUpdates
{
    public const string Subscription = $$"""
        subscription OnMentorshipRequestUpdated { mentorshipRequestUpdated { ...RequestFields } }
        {{RequestOperations.RequestFields}}
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A socket signed in as <paramref name="user"/> with <paramref name="subscription"/> running; returns once
    /// the server holds <paramref name="expectedSubscribers"/> subscriptions, so events published from then on reach it.
    /// </summary>
    public static async Task<GraphQLWebSocketClient> SubscribeAsync(
        WebApplicationFactory<Program> app, TestUser user, int expectedSubscribers, string subscription = Subscription)
    {
        var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = user.AccessToken });
        await client.SubscribeAsync("updates", subscription);
        await WaitForSubscribersAsync(app, expectedSubscribers);
        return client;
    }

    public static async Task WaitForSubscribersAsync(WebApplicationFactory<Program> app, int count)
    {
        var hub = app.Services.GetRequiredService<RealtimeEventHub>();
        using var timeout = new CancellationTokenSource(Patience);
        while (hub.SubscriberCount != count)
        {
            Assert.False(timeout.IsCancellationRequested, $"expected {count} subscriptions, the server holds {hub.SubscriberCount}");
            await Task.Delay(20);
        }
    }

    /// <summary>The next request update on the socket, as (id, status).</summary>
    public static async Task<(Guid Id, string Status)> NextAsync(this GraphQLWebSocketClient client)
    {
        var request = (await client.NextRequestAsync());
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
