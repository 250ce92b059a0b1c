using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class TokenExpiryTests(AppFor<TokenExpiryTests> host) : IClassFixture<AppFor<TokenExpiryTests>>, IConfiguresApp
{
    private const string Me = "query { me { id } }";

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests().UseFakeClock();

    [Fact]
    public async Task Socket_is_closed_with_4403_when_its_access_token_expires()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        var beforeExpiry = await client.ExecuteAsync(Me);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(mentee.Id.ToString(), beforeExpiry.GetProperty("data").GetProperty("me").GetProperty("id").GetString());
        Assert.Equal(4403, code);
        Assert.Equal("Forbidden", reason);
    }

    [Fact]
    public async Task Token_expiry_stops_the_sockets_subscriptions()
    {
        var mentee = await app.MenteeAsync();
        var channel = app.Signals.Channel(nameof(Token_expiry_stops_the_sockets_subscriptions));
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = mentee.AccessToken });
        await client.SubscribeAsync("s", $"subscription {{ probeSignals(channel: \"{nameof(Token_expiry_stops_the_sockets_subscriptions)}\") }}");
        await channel.Subscribed;

        app.Clock.Advance(TimeSpan.FromMinutes(15));
        var (code, _) = await client.ReceiveCloseAsync();
        await channel.Unsubscribed;

        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task Anonymous_socket_is_not_closed_by_the_passing_of_time()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        app.Clock.Advance(TimeSpan.FromDays(2));
        var result = await client.ExecuteAsync("{ __typename }");

        Assert.Equal("Query", result.GetProperty("data").GetProperty("__typename").GetString());
    }
}
