using Mentorship.Tests.Infrastructure;

namespace Mentorship.Tests.Realtime;

/// <summary>The server of the realtime tests.</summary>
internal static class RealtimeTestOptions
{
    /// <summary>
    /// The probe fields (<c>probeEvents</c> drives the event bus without a feature), a listener that retries within a
    /// fraction of a second, and no keep-alive pings, so tests see only the messages they cause.
    /// </summary>
    public static MentorshipAppOptions ForRealtimeTests(this MentorshipAppOptions app) => app
        .WithProbeFields()
        .WithSetting("Realtime:ReconnectDelay", "00:00:00.050")
        .WithSetting("Realtime:MaxReconnectDelay", "00:00:00.500")
        .WithSetting("GraphQL:WebSocket:KeepAliveInterval", "00:00:00");
}
