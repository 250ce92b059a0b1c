using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>The server with connection-init and close-handshake timeouts short enough to wait out in a test.</summary>
public sealed class ShortTimeoutsApp : MentorshipApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:WebSocket:ConnectionInitTimeout"] = "00:00:00.200",
        ["GraphQL:WebSocket:CloseHandshakeTimeout"] = "00:00:01",
    };
}
