using System.Globalization;
using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Transport.WebSockets;

/// <summary>The server of the WebSocket protocol tests.</summary>
internal static class WebSocketTestOptions
{
    public const int MaxMessageBytes = 16 * 1024;

    /// <summary>The probe fields, a small message limit and no keep-alive pings, so tests see only the messages they cause.</summary>
    public static MentorshipAppOptions ForWebSocketTests(this MentorshipAppOptions app) => app
        .WithProbeFields()
        .WithSetting("GraphQL:WebSocket:MaxMessageBytes", MaxMessageBytes.ToString(CultureInfo.InvariantCulture))
        .WithSetting("GraphQL:WebSocket:KeepAliveInterval", "00:00:00");
}
