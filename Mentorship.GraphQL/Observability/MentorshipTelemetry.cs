using System.Diagnostics;

namespace Mentorship.GraphQL.Observability;

/// <summary>
/// Where the server's own telemetry comes from: one <see cref="ActivitySource"/> for its spans and the name of its one
/// meter (<see cref="MentorshipMetrics"/>), plus the attribute names they share. Exporters subscribe by these names.
/// </summary>
public static class MentorshipTelemetry
{
    public const string ActivitySourceName = "Mentorship.GraphQL";

    public const string MeterName = "Mentorship";

    /// <summary>The source of the span per GraphQL operation.</summary>
    public static ActivitySource ActivitySource { get; } =
        new(ActivitySourceName, typeof(MentorshipTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Attribute names: OpenTelemetry's GraphQL and general conventions where they exist, ours under <c>mentorship.</c>.</summary>
    public static class Tags
    {
        public const string OperationName = "graphql.operation.name";
        public const string OperationType = "graphql.operation.type";

        /// <summary>The document's text: recorded in Development only, since literals in it may be personal data.</summary>
        public const string Document = "graphql.document";

        /// <summary>How the operation ended: one of <see cref="OperationOutcome"/>.</summary>
        public const string Outcome = "mentorship.graphql.outcome";

        /// <summary>Every distinct <c>extensions.code</c> of the response's errors.</summary>
        public const string ErrorCodes = "mentorship.graphql.error_codes";

        /// <summary>The first error code, when there is one (OpenTelemetry's <c>error.type</c>).</summary>
        public const string ErrorType = "error.type";

        /// <summary>Why a sign-in failed: <c>invalid_credentials</c> or <c>account_deactivated</c>.</summary>
        public const string SignInFailure = "mentorship.sign_in.failure";
    }
}
