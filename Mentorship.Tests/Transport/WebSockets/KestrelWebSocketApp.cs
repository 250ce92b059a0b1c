using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>
/// The WebSocket test server behind Kestrel on a free port, for real <see cref="System.Net.WebSockets.ClientWebSocket"/>
/// clients: the in-memory test server's sockets are more forgiving than the framework's.
/// </summary>
public sealed class KestrelWebSocketApp : WebSocketTestApp
{
    /// <summary>The server's GraphQL socket address, such as <c>ws://127.0.0.1:41234/graphql</c>.</summary>
    public Uri GraphQLSocketUri { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        UseKestrel(0);
        await base.InitializeAsync();
        var address = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        GraphQLSocketUri = new UriBuilder(address) { Scheme = "ws", Path = "/graphql" }.Uri;
    }
}
