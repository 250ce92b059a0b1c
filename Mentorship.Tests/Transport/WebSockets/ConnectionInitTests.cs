using System.Text.Json;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class ConnectionInitTests(AppFor<ConnectionInitTests> host) : IClassFixture<AppFor<ConnectionInitTests>>, IConfiguresApp
{
    private const string Me = "query { me { id } }";

    private readonly MentorshipApp app = host.App;

    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) => options.ForWebSocketTests();

    [Fact]
    public async Task Connection_init_is_answered_with_connection_ack()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        var ack = await client.InitAsync();

        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Second_connection_init_closes_with_4429()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SendAsync(new { type = "connection_init" });
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4429, code);
        Assert.Equal("Too many initialisation requests", reason);
    }

    [Fact]
    public async Task Subscribe_before_connection_init_closes_with_4401()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        await client.SubscribeAsync("1", "{ __typename }");
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4401, code);
        Assert.Equal("Unauthorized", reason);
    }

    [Fact]
    public async Task Bearer_token_under_authorization_signs_the_connection_in()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authorization = $"Bearer {mentee.AccessToken}" });

        var result = await client.ExecuteAsync(Me);

        Assert.Equal(mentee.Id.ToString(), result.GetProperty("data").GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bearer_token_under_capitalised_Authorization_signs_the_connection_in()
    {
        var mentor = await app.MentorAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { Authorization = $"Bearer {mentor.AccessToken}" });

        var result = await client.ExecuteAsync(Me);

        Assert.Equal(mentor.Id.ToString(), result.GetProperty("data").GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Raw_token_under_authToken_signs_the_connection_in()
    {
        var admin = await app.AdminAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app, new { authToken = admin.AccessToken });

        var result = await client.ExecuteAsync(Me);

        Assert.Equal(admin.Id.ToString(), result.GetProperty("data").GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Invalid_token_closes_with_4403()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        await client.SendAsync(new { type = "connection_init", payload = new { authToken = "not-a-token" } });
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
        Assert.Equal("Forbidden", reason);
    }

    [Fact]
    public async Task Authorization_without_the_bearer_scheme_closes_with_4403()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        await client.SendAsync(new { type = "connection_init", payload = new { authorization = $"Basic {mentee.AccessToken}" } });
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
        Assert.Equal("Forbidden", reason);
    }

    [Fact]
    public async Task Token_of_a_deactivated_user_closes_with_4403()
    {
        var mentee = await app.MenteeAsync();
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.FindAsync(mentee.Id);
            user!.IsActive = false;
            await db.SaveChangesAsync();
        });
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        await client.SendAsync(new { type = "connection_init", payload = new { authToken = mentee.AccessToken } });
        var (code, _) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task Connection_without_credentials_runs_operations_anonymously()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        var result = await client.ExecuteAsync("{ __typename }");

        Assert.Equal("Query", result.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_its_payload()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SendAsync(new { type = "ping", payload = new { sent = 42 } });
        var pong = await client.ReceiveAsync("pong");

        Assert.Equal(42, pong.GetProperty("payload").GetProperty("sent").GetInt32());
    }

    [Fact]
    public async Task Ping_before_connection_init_is_answered_with_pong()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        await client.SendAsync(new { type = "ping" });
        var pong = await client.ReceiveAsync("pong");

        Assert.False(pong.TryGetProperty("payload", out _));
    }

    [Fact]
    public async Task Pong_from_the_client_gets_no_answer()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(app);

        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { type = "ping", payload = new { marker = "after-pong" } });
        var next = await client.ReceiveAsync();

        // The first thing back answers the ping: nothing was sent for the pong.
        Assert.Equal("pong", next.GetProperty("type").GetString());
        Assert.Equal("after-pong", next.GetProperty("payload").GetProperty("marker").GetString());
    }

    [Fact]
    public async Task Init_payload_that_is_not_an_object_closes_with_4400()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);

        await client.SendAsync(new { type = "connection_init", payload = JsonSerializer.SerializeToElement("token") });
        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4400, code);
        Assert.Equal("Invalid message: 'payload' must be an object or null", reason);
    }
}
