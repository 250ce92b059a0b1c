namespace Mentorship.GraphQL.Realtime;

/// <summary>The PostgreSQL notification channel every server instance listens on and publishes to.</summary>
public static class RealtimeChannel
{
    public const string Name = "mentorship_events";

    /// <summary>
    /// The <c>application_name</c> of each instance's listening connection, so operators (and tests) can find
    /// it in <c>pg_stat_activity</c>.
    /// </summary>
    public const string ListenerApplicationName = "mentorship-events-listener";

    /// <summary>PostgreSQL refuses a notification payload of 8000 bytes or more.</summary>
    public const int MaxPayloadBytes = 7999;
}
