using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Infrastructure.Probes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Realtime;

/// <summary>
/// The server with the test-only probe fields (<c>probeEvents</c> drives the event bus), a listener that retries within a fraction of
/// a second, and no keep-alive pings, so tests see only the messages they cause.
/// </summary>
public class RealtimeTestApp : MentorshipApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Realtime:ReconnectDelay"] = "00:00:00.050",
        ["Realtime:MaxReconnectDelay"] = "00:00:00.500",
        ["GraphQL:WebSocket:KeepAliveInterval"] = "00:00:00",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddProbeFields());
    }
}
