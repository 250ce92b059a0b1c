using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

public sealed class ServerFaultTests(DatabaseOutageApp app) : IClassFixture<DatabaseOutageApp>
{
    [Fact]
    public async Task Database_failure_while_authenticating_closes_with_4500()
    {
        var mentee = await app.MenteeAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAsync(app);
        app.Outage.IsDown = true;
        try
        {
            await client.SendAsync(new { type = "connection_init", payload = new { authToken = mentee.AccessToken } });
            var (code, reason) = await client.ReceiveCloseAsync();

            Assert.Equal(4500, code);
            Assert.Equal("Internal server error", reason);
        }
        finally
        {
            app.Outage.IsDown = false;
        }
    }
}
