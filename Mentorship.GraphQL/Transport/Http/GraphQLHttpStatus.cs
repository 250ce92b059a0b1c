using GraphQL;
using Mentorship.GraphQL.Execution.Errors;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Transport.Http;

/// <summary>
/// The HTTP status of an answered GraphQL request, per GraphQL over HTTP. With <c>application/json</c> every
/// well-formed request is 200 (intermediaries cannot fake that). With <c>application/graphql-response+json</c> a
/// response that has <c>data</c> (the operation ran, maybe with field errors) is 200, and one that has none says why:
/// <list type="table">
/// <item><term>401 / 403</term><description>only <c>UNAUTHENTICATED</c> / <c>FORBIDDEN</c> errors (401 when both occur)</description></item>
/// <item><term>413</term><description><c>DOCUMENT_TOO_LARGE</c></description></item>
/// <item><term>500</term><description><c>INTERNAL_SERVER_ERROR</c></description></item>
/// <item><term>503</term><description><c>TIMEOUT</c>: the operation ran past its time; it may succeed later</description></item>
/// <item><term>400</term><description>everything else: parse, validation, variables, cost, operation choice</description></item>
/// </list>
/// A mutation over GET is 405 with either media type, as the specification requires; a request refused as
/// <c>TOO_MANY_REQUESTS</c> is 429 with either, with <c>Retry-After</c>, since every HTTP client understands it.
/// </summary>
public static class GraphQLHttpStatus
{
    public static int For(ExecutionResult result, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(result);
        var codes = result.Errors?.Select(ErrorClassifier.CodeOf).ToHashSet(StringComparer.Ordinal) ?? [];
        if (codes.Contains(ErrorCodes.MethodNotAllowed))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (!result.Executed && codes.Contains(ErrorCodes.TooManyRequests))
        {
            return StatusCodes.Status429TooManyRequests;
        }

        if (mediaType == GraphQLMediaTypes.Json || result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        if (codes.Count > 0 && codes.All(code => code is ErrorCodes.Unauthenticated or ErrorCodes.Forbidden))
        {
            return codes.Contains(ErrorCodes.Unauthenticated) ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        }

        return codes.Contains(ErrorCodes.InternalServerError) || codes.Count == 0 ? StatusCodes.Status500InternalServerError
            : codes.Contains(ErrorCodes.Timeout) ? StatusCodes.Status503ServiceUnavailable
            : codes.Contains(ErrorCodes.DocumentTooLarge) ? StatusCodes.Status413PayloadTooLarge
            : StatusCodes.Status400BadRequest;
    }

    /// <summary>
    /// One status for a batch: the one its operations agree on; when they differ, 200 if any ran (each item then
    /// carries its own outcome), else 400.
    /// </summary>
    public static int ForBatch(IReadOnlyCollection<ExecutionResult> results, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(results);
        var statuses = results.Select(result => For(result, mediaType)).Distinct().ToList();
        return statuses.Count == 1 ? statuses[0]
            : results.Any(result => result.Executed) ? StatusCodes.Status200OK
            : StatusCodes.Status400BadRequest;
    }

    /// <summary>The longest wait any refused operation asks for, in whole seconds: the <c>Retry-After</c> of a 429.</summary>
    public static int RetryAfterSeconds(IEnumerable<ExecutionResult> results) =>
        results.SelectMany(result => result.Errors ?? []).OfType<TooManyRequestsError>().Select(error => error.RetryAfterSeconds).DefaultIfEmpty(1).Max();
}
