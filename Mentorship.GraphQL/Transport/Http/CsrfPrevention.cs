using Microsoft.Net.Http.Headers;

namespace Mentorship.GraphQL.Transport.Http;

/// <summary>
/// Refuses POSTs a browser could send from another site without asking first (a CORS "simple request"), as Apollo
/// Server's CSRF prevention does. Such a request reaches the server before any CORS check, carrying the victim's
/// ambient credentials; the rule makes sure it is never executed.
/// <para>
/// A POST to the GraphQL endpoint is let through when either
/// <list type="bullet">
/// <item>it has a <c>Content-Type</c> that is not one a simple request may use — anything but
/// <c>application/x-www-form-urlencoded</c>, <c>multipart/form-data</c> and <c>text/plain</c> (so every
/// <c>application/json</c> POST passes; a missing <c>Content-Type</c> does not count); or</item>
/// <item>it has a non-empty header from <see cref="PreflightHeaders"/>, which no simple request can carry.</item>
/// </list>
/// Everything else is answered 400 and never executed. A GET needs neither, as in HotChocolate: over GET only queries
/// run (a mutation is 405, a subscription 400), a query changes nothing, and credentials travel as bearer tokens a
/// cross-site page cannot attach — so a forged GET can make the server do nothing on anyone's behalf.
/// </para>
/// </summary>
public static class CsrfPrevention
{
    /// <summary>Headers that mark a request as sent by a GraphQL client rather than by a form or an image tag.</summary>
    public static IReadOnlyList<string> PreflightHeaders { get; } =
        ["GraphQL-Preflight", "GraphQL-Require-Preflight", "Apollo-Require-Preflight", "X-Apollo-Operation-Name"];

    public const string RefusalMessage =
        "This request was refused as a possible cross-site request forgery: it could have been sent by another site " +
        "without a CORS preflight. Send it with 'Content-Type: application/json', or add a non-empty 'GraphQL-Preflight' " +
        "header ('Apollo-Require-Preflight' and 'X-Apollo-Operation-Name' work too).";

    private static readonly string[] SimpleRequestContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public static bool Allows(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsGet(request.Method)
            || HasContentTypeThatNeedsPreflight(request)
            || PreflightHeaders.Any(header => request.Headers[header].Any(value => !string.IsNullOrWhiteSpace(value)));
    }

    private static bool HasContentTypeThatNeedsPreflight(HttpRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ContentType))
        {
            return false;
        }

        // A browser sends a value it cannot parse only after a preflight, like any other non-simple type.
        return !MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !SimpleRequestContentTypes.Any(simple => contentType.MediaType.Equals(simple, StringComparison.OrdinalIgnoreCase));
    }
}
