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

    /// <summary>
    /// One page of <paramref name="filtered"/> in this order, and its total, in one statement: the total rides along
    /// with each row as an uncorrelated subquery, which PostgreSQL evaluates once. Only the parts the client selected
    /// are read: no page when it asked only for <c>totalCount</c>, no count when it did not ask for it.
    /// </summary>
    /// <param name="counted">
    /// The same rows as <paramref name="filtered"/>, in a query that is cheaper to count (no joins that only the page
    /// needs); <paramref name="filtered"/> when left out.
    /// </param>
    /// <param name="columns">What each row of the page is read as, when not every column: it must keep the sort keys.</param>
    public async Task<Connection<T>> PageAsync(
        IQueryable<T> filtered, PageArguments page, CancellationToken cancellationToken, IQueryable<T>? counted = null, Expression<Func<T, T>>? columns = null)
    {
        counted ??= filtered;
        if (!page.SelectsItems)
        {
            return new Connection<T>([], new PageInfo(false, null), counted.CountAsync);
        }

        IQueryable<T> pageQuery = Ordered(After(filtered, page.After)).Take(page.First + 1);
        if (columns is not null)
        {
            pageQuery = pageQuery.Select(columns);
        }

        List<T> rows;
        Func<CancellationToken, Task<int>> countAsync = counted.CountAsync;
        if (page.SelectsTotalCount)
        {
            var countedRows = await pageQuery.Select(row => new CountedRow(row, counted.Count())).ToListAsync(cancellationToken);
            rows = [.. countedRows.Select(r => r.Row)];
            if (countedRows.Count > 0)
            {
                var total = countedRows[0].Total;
                countAsync = _ => Task.FromResult(total);
            }
        }
        else
        {
            rows = await pageQuery.ToListAsync(cancellationToken);
        }

        var edges = rows.Take(page.First).Select(row => new Edge<T>(CursorOf(row), row)).ToList();
        return new Connection<T>(
            edges,
            new PageInfo(rows.Count > page.First, edges.Count > 0 ? edges[^1].Cursor : null),
            countAsync);
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

    /// <summary>A row of a page with the total of its list.</summary>
    private sealed record CountedRow(T Row, int Total);
}
