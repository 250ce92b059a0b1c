namespace Mentorship.GraphQL.Observability;

/// <summary>How a GraphQL operation ended, as spans, metrics and the operation log name it.</summary>
public static class OperationOutcome
{
    /// <summary>Answered without errors.</summary>
    public const string Success = "success";

    /// <summary>
    /// Answered with errors of the caller's making only: unparsable or invalid documents, limits, missing sign-in or
    /// role, bad input. Nothing the operator has to fix.
    /// </summary>
    public const string Rejected = "rejected";

    /// <summary>Answered with a server-side error: <c>INTERNAL_SERVER_ERROR</c> or <c>TIMEOUT</c>.</summary>
    public const string Error = "error";

    /// <summary>The caller went away before the answer.</summary>
    public const string Cancelled = "cancelled";
}
