namespace Mentorship.GraphQL.Observability;

/// <summary>
/// The one log line per GraphQL operation. It names the operation, never its document or variables, and the user by
/// id only: no token, password or email can reach it.
/// </summary>
internal static partial class OperationLog
{
    [LoggerMessage(EventId = 1, EventName = "GraphQLOperation", Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName} {Outcome} in {ElapsedMilliseconds:0.0} ms; errors [{ErrorCodes}]; user {UserId}")]
    public static partial void Ended(
        ILogger logger, string operationType, string operationName, string outcome, double elapsedMilliseconds, string errorCodes, string userId);
}
