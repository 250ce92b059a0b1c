using System.ComponentModel.DataAnnotations;

namespace Mentorship.GraphQL.Transport.PersistedQueries;

/// <summary>Automatic persisted queries (Apollo's protocol), bound from <c>GraphQL:PersistedQueries</c>.</summary>
public sealed class PersistedQueryOptions
{
    public const string Section = "GraphQL:PersistedQueries";

    /// <summary>
    /// Whether a request may name its document by hash. Off: a hash-only request is answered
    /// <c>PERSISTED_QUERY_NOT_SUPPORTED</c>, after which Apollo's link sends the full text.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most documents this instance keeps; the least recently used one goes first.</summary>
    [Range(1, 1_000_000)]
    public int MaxEntries { get; set; } = 1_000;

    /// <summary>The most memory the kept documents' text may take, in bytes (two per character).</summary>
    [Range(1, int.MaxValue)]
    public int MaxBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// A JSON file from each allowed document's SHA-256 hash to its text (see <see cref="TrustedDocuments"/>). Set, the
    /// server runs only those documents, by hash or by text, and keeps no others; unset, any document runs.
    /// </summary>
    public string? TrustedDocumentsFile { get; set; }
}
