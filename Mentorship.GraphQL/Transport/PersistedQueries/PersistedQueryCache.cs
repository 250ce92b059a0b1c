using Microsoft.Extensions.Options;

namespace Mentorship.GraphQL.Transport.PersistedQueries;

/// <summary>
/// The documents this instance has seen, by their SHA-256 hash: bounded in count and in the memory their text takes,
/// the least recently used going first. Only a cache: a client that finds its hash missing sends the text again, so
/// each instance fills its own and none depends on another.
/// </summary>
public sealed class PersistedQueryCache(IOptions<PersistedQueryOptions> options)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> byHash = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> byUse = new();
    private long bytes;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byHash.Count;
            }
        }
    }

    /// <summary>The memory the kept documents' text takes, in bytes.</summary>
    public long Bytes
    {
        get
        {
            lock (gate)
            {
                return bytes;
            }
        }
    }

    public bool TryGet(string hash, out string document)
    {
        lock (gate)
        {
            if (byHash.TryGetValue(hash, out var node))
            {
                byUse.Remove(node);
                byUse.AddFirst(node);
                document = node.Value.Document;
                return true;
            }
        }

        document = string.Empty;
        return false;
    }

    /// <summary>Keeps <paramref name="document"/> under <paramref name="hash"/>, evicting the least recently used to make room.</summary>
    public void Add(string hash, string document)
    {
        var limits = options.Value;
        var size = SizeOf(document);
        if (size > limits.MaxBytes)
        {
            return;
        }

        lock (gate)
        {
            if (byHash.TryGetValue(hash, out var existing))
            {
                byUse.Remove(existing);
                byUse.AddFirst(existing);
                return;
            }

            while (byHash.Count > 0 && (byHash.Count >= limits.MaxEntries || bytes + size > limits.MaxBytes))
            {
                var oldest = byUse.Last!;
                byUse.RemoveLast();
                byHash.Remove(oldest.Value.Hash);
                bytes -= SizeOf(oldest.Value.Document);
            }

            byHash[hash] = byUse.AddFirst(new Entry(hash, document));
            bytes += size;
        }
    }

    private static long SizeOf(string document) => (long)document.Length * sizeof(char);

    private sealed record Entry(string Hash, string Document);
}
