using GraphQL.Transport;
using Mentorship.GraphQL.Auth;

namespace Mentorship.GraphQL.Observability;

/// <summary>
/// Observes each GraphQL operation the executor runs, whatever its transport: one span, the operation metrics and
/// one log line at Information (category <see cref="LogCategory"/>). The document's text goes into the span only in
/// Development; variables never go anywhere.
/// </summary>
public sealed class GraphQLOperationTelemetry(MentorshipMetrics metrics, ILoggerFactory loggers, IHostEnvironment environment)
{
    /// <summary>The log category of the per-operation line, so operators can raise or lower it alone.</summary>
    public const string LogCategory = "Mentorship.GraphQL.Operations";

    private readonly ILogger logger = loggers.CreateLogger(LogCategory);
    private readonly bool recordDocument = environment.IsDevelopment();

    /// <summary>Starts observing one operation; the span is current until the observation is disposed.</summary>
    public OperationObservation Begin(GraphQLRequest request, Authentication caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        return new OperationObservation(metrics, logger, request, caller, recordDocument);
    }
}
