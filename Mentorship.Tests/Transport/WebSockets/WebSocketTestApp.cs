using Mentorship.Tests.Infrastructure;
using Mentorship.Tests.Infrastructure.Probes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>
/// The server with the test-only probe fields, a small message limit and no
/// keep-alive pings, so tests see only the messages they cause.
/// </summary>
public class WebSocketTestApp : MentorshipApp
{
    public const int MaxMessageBytes = 16 * 1024;

    public SignalHub Signals => Services.GetRequiredService<SignalHub>();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:WebSocket:MaxMessageBytes"] = MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GraphQL:WebSocket:KeepAliveInterval"] = "00:00:00",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddProbeFields());
    }
}
