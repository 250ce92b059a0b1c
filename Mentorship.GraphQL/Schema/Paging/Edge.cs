namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>One item of a page with the cursor that continues after it.</summary>
public sealed record Edge<T>(string Cursor, T Node);
