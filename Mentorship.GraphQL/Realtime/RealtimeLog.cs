namespace Mentorship.GraphQL.Realtime;

/// <summary>The log messages of realtime events.</summary>
internal static partial class RealtimeLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for realtime events on PostgreSQL channel {Channel}")]
    public static partial void Listening(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The realtime event listener lost its database connection (attempt {Attempt}); reconnecting in {Delay}. Events published meanwhile are not delivered.")]
    public static partial void ConnectionLost(ILogger logger, Exception exception, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a notification on {Channel} that is not a realtime event: {Payload}")]
    public static partial void UnknownPayload(ILogger logger, string channel, string payload);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load the subjects of {Count} realtime event(s) {Kind}; their subscribers get an error instead")]
    public static partial void SubjectsNotLoaded(ILogger logger, Exception exception, string kind, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber failed to take realtime event {Kind} about {SubjectId}")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, string kind, Guid subjectId);
}
