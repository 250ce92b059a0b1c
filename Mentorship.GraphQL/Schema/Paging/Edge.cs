namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>One item of a page with its cursor, from which paging goes on in either direction.</summary>
public sealed record Edge<T>(string Cursor, T Node);
