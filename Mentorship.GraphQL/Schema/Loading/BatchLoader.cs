using GraphQL.DataLoader;

namespace Mentorship.GraphQL.Schema.Loading;

/// <summary>
/// Loads values by key in batches. Resolvers call <see cref="Load"/> and return the result; the execution
/// strategy resolves every other field of the level first, then asks for the results, and the first request
/// fetches all keys collected so far with one query. Values stay cached for the operation, since loaders
/// are scoped to it.
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Batch> batchOfKey = [];
    private Batch collecting = new();

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (gate)
        {
            if (!batchOfKey.TryGetValue(key, out var batch))
            {
                batch = collecting;
                batch.Keys.Add(key);
                batchOfKey[key] = batch;
            }

            return new PendingValue(this, batch, key);
        }
    }

    /// <summary>
    /// Takes a value loaded elsewhere (null: known to have none), so loading <paramref name="key"/> later in the operation
    /// sends no query. A key already asked for keeps what its own batch fetches.
    /// </summary>
    public void Prime(TKey key, TValue? value)
    {
        lock (gate)
        {
            if (!batchOfKey.ContainsKey(key))
            {
                IReadOnlyDictionary<TKey, TValue> known = value is null ? new Dictionary<TKey, TValue>() : new Dictionary<TKey, TValue> { [key] = value };
                batchOfKey[key] = new Batch { Fetch = Task.FromResult(known) };
            }
        }
    }

    /// <summary>The values for <paramref name="keys"/>, in one query; keys without a value are left out.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (batch.Fetch is null)
            {
                if (ReferenceEquals(batch, collecting))
                {
                    collecting = new Batch();
                }

                batch.Fetch = FetchAsync(batch.Keys, cancellationToken);
            }

            return batch.Fetch;
        }
    }

    private sealed class Batch
    {
        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch { get; set; }
    }

    private sealed class PendingValue(BatchLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await loader.Dispatch(batch, cancellationToken);
            return values.GetValueOrDefault(key);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
