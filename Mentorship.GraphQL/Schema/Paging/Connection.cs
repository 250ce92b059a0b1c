namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>
/// One page of a list. The total is counted only when a client selects <c>totalCount</c>, with a query of
/// its own over the same filters.
/// </summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, Func<CancellationToken, Task<int>> CountAsync)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}
