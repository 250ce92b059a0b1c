using Microsoft.Net.Http.Headers;

namespace Mentorship.GraphQL.Transport.Http;

/// <summary>The media types of GraphQL over HTTP, and choosing the response's from the <c>Accept</c> header.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The GraphQL-over-HTTP response type, whose status codes say what happened; used whenever the client names it.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy response type: every well-formed request is answered 200. Also the only request body type read.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// The type to answer in, per GraphQL over HTTP: <see cref="GraphQLResponse"/> when <c>Accept</c> names it and rates
    /// it at least as high as <see cref="Json"/>; otherwise <see cref="Json"/> when that is acceptable — also when
    /// <c>Accept</c> is missing, unreadable or only a wildcard such as <c>*/*</c>, since a client that does not name the
    /// newer type may not know it; <see cref="GraphQLResponse"/> when only that is accepted; null when neither is (406).
    /// </summary>
    public static string? ChooseResponseType(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        var (graphQLResponse, named) = QualityOf(GraphQLResponse, ranges);
        var (json, _) = QualityOf(Json, ranges);
        return named && graphQLResponse > 0 && graphQLResponse >= json ? GraphQLResponse
            : json > 0 ? Json
            : graphQLResponse > 0 ? GraphQLResponse
            : null;
    }

    /// <summary>Whether <c>Accept</c> names <c>text/html</c> itself, as a browser's page navigation does.</summary>
    public static bool AcceptsHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)
            && ranges.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (range.Quality ?? 1) > 0);
    }

    /// <summary>
    /// The quality the most specific matching range gives <paramref name="mediaType"/> (RFC 9110, 12.5.1), 0 when none
    /// matches, and whether that range names the type itself rather than a wildcard.
    /// </summary>
    private static (double Quality, bool Named) QualityOf(string mediaType, IList<MediaTypeHeaderValue> ranges)
    {
        var bestSpecificity = -1;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            var specificity = range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 2
                : range.MatchesAllTypes ? 0
                : range.MatchesAllSubTypes && range.Type.Equals("application", StringComparison.OrdinalIgnoreCase) ? 1
                : -1;
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1;
            }
        }

        return (quality, bestSpecificity == 2);
    }
}
