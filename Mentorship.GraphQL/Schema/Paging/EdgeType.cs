using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>Base for the edge type of one connection: an item and its cursor.</summary>
public abstract class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    protected EdgeType(string name, string nodeDescription)
    {
        Name = name;
        Description = "An item of a page, with the cursor to page on from it.";
        Field(e => e.Cursor).Description("Pass as `after` (with `first`) for the items after this one, or as `before` (with `last`) for those before it.");
        Field<NonNullGraphType<TNodeType>>("node").Description(nodeDescription).Resolve(c => c.Source.Node);
    }
}
