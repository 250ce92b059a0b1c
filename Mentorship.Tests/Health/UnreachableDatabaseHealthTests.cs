using System.Net;
using System.Net.Sockets;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Health;

public sealed class UnreachableDatabaseHealthTests(AppFor<UnreachableDatabaseHealthTests> host)
    : IClassFixture<AppFor<UnreachableDatabaseHealthTests>>, IConfiguresApp
{
    private readonly MentorshipApp app = host.App;

    /// <summary>The server pointed at a port where nothing listens.</summary>
    static void IConfiguresApp.ConfigureApp(MentorshipAppOptions options) =>
        options.OnDatabase($"Host=127.0.0.1;Port={ClosedPort()};Username=nobody;Database=nothing;Timeout=3");

    [Fact]
    public async Task Ready_is_503_when_the_database_cannot_be_reached()
    {
        using var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Live_stays_200_when_the_database_cannot_be_reached()
    {
        using var response = await app.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
