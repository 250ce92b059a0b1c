using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Mentorship.GraphQL.Execution.Errors;
using Mentorship.GraphQL.Execution.Limits;
using Mentorship.GraphQL.Schema.Errors;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Transport.PersistedQueries;

/// <summary>
/// Apollo's automatic persisted queries: a request may carry <c>extensions.persistedQuery { version: 1, sha256Hash }</c>
/// and leave out its document. The transports resolve the hash to the text here, before the executor sees the request:
/// <list type="bullet">
/// <item>hash only, known: the kept text runs;</item>
/// <item>hash only, unknown: <c>PERSISTED_QUERY_NOT_FOUND</c> (message <c>PersistedQueryNotFound</c>, which Apollo's
/// link also matches), and the client sends the hash with the text;</item>
/// <item>hash and text: the hash must be the text's SHA-256 (else <c>BAD_REQUEST</c>, nothing kept); the text runs,
/// and is kept only when it parsed and validated against the schema (<see cref="Remember"/>), so no document that
/// cannot run takes room;</item>
/// <item>any version but 1, or a hash that is not 64 hexadecimal digits: <c>BAD_REQUEST</c>.</item>
/// </list>
/// A text longer than <c>GraphQL:MaxDocumentLength</c> is neither hashed nor kept: the executor refuses it as any
/// document. The store is <see cref="PersistedQueryCache"/>, bounded, one per instance. With
/// <see cref="TrustedDocuments"/> configured, only those documents run, named by hash or sent as text, and nothing
/// else is kept: anything else is <c>PERSISTED_QUERY_NOT_IN_LIST</c>.
/// </summary>
public sealed class AutomaticPersistedQueries(
    PersistedQueryCache cache,
    TrustedDocuments trusted,
    IOptions<PersistedQueryOptions> options,
    IOptions<GraphQLLimits> limits)
{
    /// <summary>The key of the request's extensions that holds the hash.</summary>
    public const string Extension = "persistedQuery";

    /// <summary>The message of a <c>PERSISTED_QUERY_NOT_FOUND</c> error, as Apollo Server words it and Apollo Client matches it.</summary>
    public const string NotFoundMessage = "PersistedQueryNotFound";

    /// <summary>The message of a <c>PERSISTED_QUERY_NOT_SUPPORTED</c> error, as Apollo Server words it and Apollo Client matches it.</summary>
    public const string NotSupportedMessage = "PersistedQueryNotSupported";

    public const string NotInListMessage = "This server runs only its trusted documents, and this document is not one of them.";

    /// <summary>Whether the request's extensions name a persisted query, so that it may come without a document.</summary>
    public static bool IsNamedByHash(Inputs? extensions) => extensions?.ContainsKey(Extension) == true;

    public PersistedQueryLookup Resolve(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hasText = !string.IsNullOrEmpty(request.Query);
        string? hash = null;
        if (request.Extensions?.TryGetValue(Extension, out var value) == true)
        {
            if (!options.Value.Enabled && !trusted.IsActive)
            {
                return hasText ? PersistedQueryLookup.Run(request) : PersistedQueryLookup.Refuse(ErrorCodes.PersistedQueryNotSupported, NotSupportedMessage);
            }

            if (ReadHash(value, out hash) is { } refusal)
            {
                return refusal;
            }
        }

        if (trusted.IsActive)
        {
            return ResolveTrusted(request, hash);
        }

        if (hash is null)
        {
            return PersistedQueryLookup.Run(request);
        }

        if (!hasText)
        {
            return cache.TryGet(hash, out var document)
                ? PersistedQueryLookup.Run(WithDocument(request, document))
                : PersistedQueryLookup.Refuse(ErrorCodes.PersistedQueryNotFound, NotFoundMessage);
        }

        if (request.Query!.Length > limits.Value.MaxDocumentLength)
        {
            return PersistedQueryLookup.Run(request);
        }

        return HashOf(request.Query) == hash ? new PersistedQueryLookup(request, null, hash) : Mismatch();
    }

    /// <summary>Keeps the document of a hash-and-text request once its result shows that it parsed and validated.</summary>
    public void Remember(PersistedQueryLookup lookup, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(result);
        if (lookup is { HashToRemember: { } hash, Request.Query: { } document } && Validated(result))
        {
            cache.Add(hash, document);
        }
    }

    /// <summary>Whether an answer says the client's hash was not found, so the answer must not be cached.</summary>
    public static bool IsNotFound(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors?.Any(error => error.Code == ErrorCodes.PersistedQueryNotFound) == true;
    }

    /// <summary>The lower-case hexadecimal SHA-256 of the document's UTF-8 text, as Apollo's link computes it.</summary>
    public static string HashOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>
    /// The operation ran, so its document passed every rule; or validation refused only the caller (signed out, wrong
    /// role), which it does in the same pass as the schema's rules, so the document itself is valid.
    /// </summary>
    private static bool Validated(ExecutionResult result) =>
        result.Executed
        || (result.Errors is { Count: > 0 } errors
            && errors.All(error => ErrorClassifier.CodeOf(error) is ErrorCodes.Unauthenticated or ErrorCodes.Forbidden));

    /// <summary>Only trusted documents run: by their hash, or by a text whose hash is one of theirs.</summary>
    private PersistedQueryLookup ResolveTrusted(GraphQLRequest request, string? hash)
    {
        if (string.IsNullOrEmpty(request.Query))
        {
            return hash is not null && trusted.TryGet(hash, out var document)
                ? PersistedQueryLookup.Run(WithDocument(request, document))
                : NotInList();
        }

        // Every trusted document is within the length limit, so a longer text is none of them: no need to hash it.
        if (request.Query.Length > limits.Value.MaxDocumentLength)
        {
            return NotInList();
        }

        var actual = HashOf(request.Query);
        return hash is not null && hash != actual ? Mismatch()
            : trusted.TryGet(actual, out _) ? PersistedQueryLookup.Run(request)
            : NotInList();
    }

    /// <summary>The lower-case hash <c>extensions.persistedQuery</c> names, or the refusal of a malformed one.</summary>
    private static PersistedQueryLookup? ReadHash(object? value, out string? hash)
    {
        hash = null;
        if (value is not IDictionary<string, object?> persistedQuery)
        {
            return BadRequest("'extensions.persistedQuery' must be an object: { \"version\": 1, \"sha256Hash\": \"<64 hexadecimal digits>\" }.");
        }

        if (!persistedQuery.TryGetValue("version", out var version) || !IsOne(version))
        {
            return BadRequest("Unsupported persisted query version: this server supports 'extensions.persistedQuery.version' 1 only.");
        }

        if (!persistedQuery.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string { Length: 64 } text || !text.All(char.IsAsciiHexDigit))
        {
            return BadRequest("'extensions.persistedQuery.sha256Hash' must be the SHA-256 hash of the document as 64 hexadecimal digits.");
        }

        hash = text.ToLowerInvariant();
        return null;
    }

    private static bool IsOne(object? version) => version switch
    {
        int number => number == 1,
        long number => number == 1,
        double number => number == 1,
        decimal number => number == 1,
        BigInteger number => number == 1,
        _ => false,
    };

    private static GraphQLRequest WithDocument(GraphQLRequest request, string document) => new()
    {
        Query = document,
        DocumentId = request.DocumentId,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
    };

    private static PersistedQueryLookup BadRequest(string message) => PersistedQueryLookup.Refuse(ErrorCodes.BadRequest, message);

    private static PersistedQueryLookup Mismatch() =>
        BadRequest("'extensions.persistedQuery.sha256Hash' is not the SHA-256 hash of the document sent with it (UTF-8, as sent); nothing was run or stored.");

    private static PersistedQueryLookup NotInList() => PersistedQueryLookup.Refuse(ErrorCodes.PersistedQueryNotInList, NotInListMessage);
}
