using Mentorship.GraphQL.Transport.PersistedQueries;
using Microsoft.Extensions.Options;

namespace Mentorship.Tests.Transport;

public sealed class PersistedQueryCacheTests
{
    [Fact]
    public void Cache_keeps_its_documents_within_its_byte_bound_dropping_the_least_recently_used()
    {
        // Each document of 200 characters takes 400 bytes: two fit in 1 000.
        var cache = new PersistedQueryCache(Options.Create(new PersistedQueryOptions { MaxEntries = 100, MaxBytes = 1_000 }));

        cache.Add("a", new string('a', 200));
        cache.Add("b", new string('b', 200));
        cache.Add("c", new string('c', 200));

        Assert.Equal(2, cache.Count);
        Assert.Equal(800, cache.Bytes);
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out var b) && b == new string('b', 200));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void Document_larger_than_the_whole_bound_is_not_kept_and_evicts_nothing()
    {
        var cache = new PersistedQueryCache(Options.Create(new PersistedQueryOptions { MaxEntries = 100, MaxBytes = 1_000 }));
        cache.Add("small", "{ __typename }");

        cache.Add("huge", new string('x', 501));

        Assert.False(cache.TryGet("huge", out _));
        Assert.True(cache.TryGet("small", out _));
    }
}
