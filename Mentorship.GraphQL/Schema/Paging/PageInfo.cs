namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>Where a page stands in its list.</summary>
public sealed record PageInfo(bool HasNextPage, string? EndCursor);
