using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>The server with a connection-init timeout short enough to wait out in a test.</summary>
public sealed class ShortInitTimeoutApp : MentorshipApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:WebSocket:ConnectionInitTimeout"] = "00:00:00.200",
    };
}
