using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Mentorship.GraphQL.Execution.Limits;
using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents, by their text and operation name, so an operation a client repeats is neither parsed
/// nor validated again. Only a document that passed validation is kept, and only its syntax tree: never a result.
/// </summary>
/// <remarks>
/// <para>
/// A cached document still meets every check that depends on the request rather than on the text: the rules registered
/// for cached documents (authorization for the caller, credential checks, the transport's rule, the cost, which depends
/// on <c>first</c> in the variables), the input value checks and the coercion of the variables. GraphQL.NET applies
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/> instead of the full set when a document is supplied.
/// </para>
/// <para>
/// Bounded twice: at most <see cref="GraphQLLimits.DocumentCacheEntries"/> documents and
/// <see cref="GraphQLLimits.DocumentCacheCharacters"/> characters of document text together, the least recently used
/// going first, so clients sending ever new documents cost memory no higher than that.
/// </para>
/// </remarks>
public sealed class DocumentCache(IOptions<GraphQLLimits> limits) : IConfigureExecution
{
    private readonly Lock gate = new();
    private readonly Dictionary<Key, LinkedListNode<Entry>> entries = [];
    private readonly LinkedList<Entry> leastRecentFirst = new();
    private long characters;

    /// <summary>After GraphQL.NET's option configurations (100), which add the validation rules this replaces on a hit.</summary>
    public float SortOrder => 200;

    /// <summary>How many documents are kept now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>Whether the document of <paramref name="query"/> for <paramref name="operationName"/> is kept.</summary>
    public bool Contains(string query, string? operationName)
    {
        lock (gate)
        {
            return entries.ContainsKey(new Key(query, operationName));
        }
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is not { } query || limits.Value.DocumentCacheEntries == 0)
        {
            return await next(options);
        }

        // Validation of the selected operation (its cost, above all) depends on which one that is.
        var key = new Key(query, options.OperationName);
        if (Find(key) is { } document)
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } validated)
        {
            Keep(key, validated);
        }

        return result;
    }

    private GraphQLDocument? Find(Key key)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(key, out var node))
            {
                return null;
            }

            leastRecentFirst.Remove(node);
            leastRecentFirst.AddLast(node);
            return node.Value.Document;
        }
    }

    private void Keep(Key key, GraphQLDocument document)
    {
        var configured = limits.Value;
        if (key.Query.Length > configured.DocumentCacheCharacters)
        {
            return;
        }

        lock (gate)
        {
            if (entries.ContainsKey(key))
            {
                return;
            }

            entries[key] = leastRecentFirst.AddLast(new Entry(key, document));
            characters += key.Query.Length;
            while (entries.Count > configured.DocumentCacheEntries || characters > configured.DocumentCacheCharacters)
            {
                var oldest = leastRecentFirst.First!;
                leastRecentFirst.RemoveFirst();
                entries.Remove(oldest.Value.Key);
                characters -= oldest.Value.Key.Query.Length;
            }
        }
    }

    private sealed record Key(string Query, string? OperationName);

    private sealed record Entry(Key Key, GraphQLDocument Document);
}
