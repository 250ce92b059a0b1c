using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>Base for a connection type: a page of items as <c>nodes</c> and <c>edges</c>, with <c>pageInfo</c> and <c>totalCount</c>.</summary>
public abstract class ConnectionType<TEdgeType, TNodeType, T> : ObjectGraphType<Connection<T>>
    where TEdgeType : IGraphType
    where TNodeType : IGraphType
{
    protected ConnectionType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The page's items, in order.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Description("The page's items with their cursors, in order.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether items lie beyond either end of the page, and the cursors to page on from.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match the filters, over all pages.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }
}
