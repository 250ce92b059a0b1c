namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>
/// The <c>extensions.code</c> values of top-level GraphQL errors: a closed list clients can rely on.
/// Code that raises a top-level error on purpose sets one of these (<c>new ExecutionError(…) { Code = … }</c>);
/// anything else the engine or a resolver throws is classified by <see cref="Execution.Errors.ErrorClassifier"/>.
/// Domain refusals are not top-level errors: they travel in a payload's <c>errors</c>.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The HTTP request is not a well-formed GraphQL request (body, parameters, batch, CSRF, operation choice).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A variable or argument value the schema cannot accept.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document does not validate against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The operation is deeper or costlier than the configured limits.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>The document is longer than <c>GraphQL:MaxDocumentLength</c>.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The HTTP body is larger than <c>GraphQL:MaxRequestBodyBytes</c>.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The POST body's media type is not one the endpoint reads.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The operation type may not be sent with this HTTP method (a mutation over GET).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>Not signed in, or the presented credentials do not hold.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Signed in, but the role does not allow it.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>
    /// The client asked for more than it may at once or in a while: sign-ins or sign-ups from its address over the rate
    /// limit, a second credential check in one request, or more operations on a socket than it may hold.
    /// </summary>
    public const string TooManyRequests = "TOO_MANY_REQUESTS";

    /// <summary>
    /// The request named its document by a hash (automatic persisted queries) that this server instance does not know:
    /// send the hash again with the document's text.
    /// </summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The request named its document by a hash, and persisted queries are turned off: send the document's text.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The server runs only its trusted documents (<c>GraphQL:PersistedQueries:TrustedDocumentsFile</c>), and this is not one of them.</summary>
    public const string PersistedQueryNotInList = "PERSISTED_QUERY_NOT_IN_LIST";

    /// <summary>The operation ran longer than <c>GraphQL:ExecutionTimeout</c>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Anything unexpected; the details are only in the server's log.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>Every code above.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        BadRequest, BadUserInput, ParseFailed, ValidationFailed, QueryTooComplex, DocumentTooLarge, PayloadTooLarge,
        UnsupportedMediaType, MethodNotAllowed, Unauthenticated, Forbidden, TooManyRequests, PersistedQueryNotFound,
        PersistedQueryNotSupported, PersistedQueryNotInList, Timeout, InternalServerError,
    };
}
