namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>
/// Where a page stands in its list. Whether items lie beyond the page's far end is known from the page's own query;
/// whether any lie beyond the cursor it started from takes one more small query, run only when a client asks.
/// </summary>
public sealed record PageInfo(
    string? StartCursor,
    string? EndCursor,
    Func<CancellationToken, Task<bool>> HasPreviousPageAsync,
    Func<CancellationToken, Task<bool>> HasNextPageAsync)
{
    /// <summary>An answer known without asking the database.</summary>
    public static Func<CancellationToken, Task<bool>> Known(bool value) => _ => Task.FromResult(value);
}
