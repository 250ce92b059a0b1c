using System.Text.Json;
using Mentorship.GraphQL.Execution.Limits;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Transport.PersistedQueries;

/// <summary>
/// The documents an operator allows, read at start-up from <see cref="PersistedQueryOptions.TrustedDocumentsFile"/>,
/// in either of two forms: Apollo's persisted query manifest (<c>{ "format": "apollo-persisted-query-manifest",
/// "version": 1, "operations": [{ "id", "body", … }] }</c>, from <c>@apollo/generate-persisted-query-manifest</c>), or
/// a JSON object from each document's SHA-256 hash to its text (GraphQL Code Generator's <c>persisted-documents.json</c>
/// with <c>hashAlgorithm: "sha256"</c>). Every id must be the SHA-256 of its document. While it is set, the server runs
/// these documents and no others, over HTTP and WebSocket alike.
/// </summary>
public sealed class TrustedDocuments
{
    private readonly IReadOnlyDictionary<string, string>? documents;

    public TrustedDocuments(IOptions<PersistedQueryOptions> options, IOptions<GraphQLLimits> limits)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(limits);
        if (options.Value.TrustedDocumentsFile is { Length: > 0 } path)
        {
            documents = Read(path, limits.Value.MaxDocumentLength);
        }
    }

    /// <summary>Whether only trusted documents run.</summary>
    public bool IsActive => documents is not null;

    public bool TryGet(string hash, out string document)
    {
        document = string.Empty;
        return documents?.TryGetValue(hash, out document!) == true;
    }

    /// <summary>The file's documents by hash.</summary>
    /// <exception cref="InvalidDataException">The file cannot be read, or an entry is not a document under its own hash within the length limit.</exception>
    public static IReadOnlyDictionary<string, string> Read(string path, int maxDocumentLength)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidDataException($"The trusted documents file '{path}' cannot be read as JSON: {exception.Message}", exception);
        }

        using (json)
        {
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (id, document) in Entries(json.RootElement, path))
            {
                if (document.Length > maxDocumentLength)
                {
                    throw new InvalidDataException(
                        $"In the trusted documents file '{path}', the document under '{id}' is {document.Length} characters long; GraphQL:MaxDocumentLength allows {maxDocumentLength}.");
                }

                var hash = AutomaticPersistedQueries.HashOf(document);
                if (!string.Equals(id, hash, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException($"In the trusted documents file '{path}', '{id}' is not the SHA-256 hash of its document, which is '{hash}'.");
                }

                documents[hash] = document;
            }

            return documents;
        }
    }

    private static IEnumerable<(string Id, string Document)> Entries(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Unusable(path);
        }

        if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String && format.GetString() == "apollo-persisted-query-manifest")
        {
            if (!root.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
            {
                throw Unusable(path);
            }

            foreach (var operation in operations.EnumerateArray())
            {
                if (operation.ValueKind != JsonValueKind.Object
                    || !operation.TryGetProperty("id", out var id) || id.GetString() is not { Length: > 0 } idText
                    || !operation.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String || body.GetString() is not { Length: > 0 } document)
                {
                    throw new InvalidDataException($"In the trusted documents file '{path}', an operation has no 'id' and 'body' strings.");
                }

                yield return (idText, document);
            }

            yield break;
        }

        foreach (var entry in root.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String || entry.Value.GetString() is not { Length: > 0 } document)
            {
                throw new InvalidDataException($"In the trusted documents file '{path}', '{entry.Name}' does not name a document's text.");
            }

            yield return (entry.Name, document);
        }
    }

    private static InvalidDataException Unusable(string path) => new(
        $"The trusted documents file '{path}' must hold Apollo's persisted query manifest, or one JSON object from each document's SHA-256 hash to its text.");
}
