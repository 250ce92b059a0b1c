namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>
/// One page of a list, and how to learn its total: known already when it came with the page, else counted by a
/// query of its own, only when a client reads <c>totalCount</c>.
/// </summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, Func<CancellationToken, Task<int>> CountAsync)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}
