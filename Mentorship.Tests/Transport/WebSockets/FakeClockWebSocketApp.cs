using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>
/// The WebSocket test server on a clock the test moves by hand, so token lifetimes pass without waiting.
/// Keep-alive pings stay off, or moving the clock by minutes would fire a burst of them.
/// </summary>
public sealed class FakeClockWebSocketApp : WebSocketTestApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
