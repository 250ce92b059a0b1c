using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>The server sending keep-alive pings often enough to see them in a test.</summary>
public sealed class KeepAliveApp : MentorshipApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:WebSocket:KeepAliveInterval"] = "00:00:00.100",
    };
}
