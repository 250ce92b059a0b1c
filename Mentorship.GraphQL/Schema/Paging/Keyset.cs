using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>
/// A total order for keyset paging: sort keys, the last of which must be unique (the id). A page after a
/// cursor is "rows beyond the cursor's key values" in SQL, never an OFFSET, so pages stay stable and fast
/// however deep a client reads; a page before a cursor is the same in reverse order. Keys must not be null: coalesce nullable ones in the key expression.
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
    /// are read: no page when it asked only for <c>totalCount</c>, no count when it did not ask for it. A backward page
    /// (<c>last</c>, <c>before</c>) reads the same keyset in reverse, from the cursor or the end, and turns the rows
    /// back round.
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
        var backward = page.IsBackward;
        var (cursor, argument) = backward ? (page.Before, "before") : (page.After, "after");
        var from = cursor is null ? null : Values(cursor, argument);
        if (!page.SelectsItems)
        {
            return new Connection<T>([], new PageInfo(null, null, PageInfo.Known(false), PageInfo.Known(false)), counted.CountAsync);
        }

        var ahead = from is null ? filtered : filtered.Where(Seek(from, backward, inclusive: false));
        var pageQuery = Ordered(ahead, backward).Take(page.Size + 1);
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

        var hasMore = rows.Count > page.Size;
        var items = rows.Take(page.Size);
        var edges = (backward ? items.Reverse() : items).Select(row => new Edge<T>(CursorOf(row), row)).ToList();

        // Whether anything lies on the other side of the cursor the page started from: the cursor's own item, or any
        // other at or behind its position.
        var behind = from is null
            ? PageInfo.Known(false)
            : async ct => await filtered.Where(Seek(from, !backward, inclusive: true)).AnyAsync(ct);
        var pageInfo = new PageInfo(
            edges.Count > 0 ? edges[0].Cursor : null,
            edges.Count > 0 ? edges[^1].Cursor : null,
            HasPreviousPageAsync: backward ? PageInfo.Known(hasMore) : behind,
            HasNextPageAsync: backward ? behind : PageInfo.Known(hasMore));
        return new Connection<T>(edges, pageInfo, countAsync);
    }

    public string CursorOf(T item) => KeysetCursor.Encode(name, keys, item);

    private IOrderedQueryable<T> Ordered(IQueryable<T> source, bool backward) =>
        keys.Skip(1).Aggregate(keys[0].OrderFirst(source, backward), (ordered, key) => key.OrderNext(ordered, backward));

    /// <summary>The cursor's key values, checked before any query runs.</summary>
    private List<Expression> Values(string cursor, string argument)
    {
        var values = KeysetCursor.Decode(cursor, name, keys.Count, argument);
        return [.. keys.Select((key, i) => key.Value(values[i], argument))];
    }

    /// <summary>
    /// Every row past the cursor's position in the direction of travel, the cursor's own row too when
    /// <paramref name="inclusive"/>: (k1 beyond v1) OR (k1 = v1 AND k2 beyond v2) OR … , the last key compared "at or
    /// beyond" when inclusive. The leading "k1 at or beyond v1", implied by the rest, gives the database a range to
    /// start an index scan at.
    /// </summary>
    private Expression<Func<T, bool>> Seek(List<Expression> values, bool backward, bool inclusive)
    {
        var item = Expression.Parameter(typeof(T), "item");
        Expression? past = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var beyond = inclusive && i == keys.Count - 1
                ? keys[i].AtOrBeyond(item, values[i], backward)
                : keys[i].Beyond(item, values[i], backward);
            var term = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
            past = past is null ? term : Expression.OrElse(past, term);
            var equal = keys[i].Equal(item, values[i]);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        var start = keys[0].AtOrBeyond(item, values[0], backward);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(start, past!), item);
    }

    /// <summary>A row of a page with the total of its list.</summary>
    private sealed record CountedRow(T Row, int Total);
}
