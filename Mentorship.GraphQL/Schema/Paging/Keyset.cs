using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>
/// A total order for keyset paging: sort keys, the last of which must be unique (the id). A page after a
/// cursor is "rows beyond the cursor's key values" in SQL, never an OFFSET, so pages stay stable and fast
/// however deep a client reads. Keys must not be null: coalesce nullable ones in the key expression.
/// </summary>
public sealed class Keyset<T>
{
    private readonly string name;
    private readonly List<IKeysetKey<T>> keys = [];

    /// <summary>A new order; <paramref name="name"/> goes into its cursors, so cursors of other orders are refused.</summary>
    public Keyset(string name) => this.name = name;

    public Keyset<T> Ascending<TKey>(Expression<Func<T, TKey>> key)
    {
        keys.Add(new KeysetKey<T, TKey>(key, descending: false));
        return this;
    }

    public Keyset<T> Descending<TKey>(Expression<Func<T, TKey>> key)
    {
        keys.Add(new KeysetKey<T, TKey>(key, descending: true));
        return this;
    }

    /// <summary>One page of <paramref name="filtered"/> in this order, and a way to count all of it.</summary>
    public async Task<Connection<T>> PageAsync(IQueryable<T> filtered, PageArguments page, CancellationToken cancellationToken)
    {
        var rows = await Ordered(After(filtered, page.After)).Take(page.First + 1).ToListAsync(cancellationToken);
        var edges = rows.Take(page.First).Select(row => new Edge<T>(CursorOf(row), row)).ToList();
        return new Connection<T>(
            edges,
            new PageInfo(rows.Count > page.First, edges.Count > 0 ? edges[^1].Cursor : null),
            filtered.CountAsync);
    }

    public string CursorOf(T item) => KeysetCursor.Encode(name, keys.Select(k => k.ValueOf(item)));

    private IOrderedQueryable<T> Ordered(IQueryable<T> source) =>
        keys.Skip(1).Aggregate(keys[0].OrderFirst(source), (ordered, key) => key.OrderNext(ordered));

    /// <summary>
    /// (k1 beyond v1) OR (k1 = v1 AND k2 beyond v2) OR … : every row after the cursor's item. The leading
    /// "k1 at or beyond v1", implied by the rest, gives the database a range to start an index scan at.
    /// </summary>
    private IQueryable<T> After(IQueryable<T> source, string? cursor)
    {
        if (cursor is null)
        {
            return source;
        }

        var values = KeysetCursor.Decode(cursor, name, keys.Count);
        var item = Expression.Parameter(typeof(T), "item");
        Expression? after = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var beyond = keys[i].Beyond(item, values[i]);
            var term = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
            after = after is null ? term : Expression.OrElse(after, term);
            var equal = keys[i].Equal(item, values[i]);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        var start = keys[0].AtOrBeyond(item, values[0]);
        return source.Where(Expression.Lambda<Func<T, bool>>(Expression.AndAlso(start, after!), item));
    }
}
