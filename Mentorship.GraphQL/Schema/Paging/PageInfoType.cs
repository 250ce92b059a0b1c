using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.Paging;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in its list, and the cursors to page on from it in either direction.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description(
                "True when items follow this page. Paging forward (`first`/`after`): whether more items come after it. Paging " +
                "backward (`last`/`before`): whether any item lies at or after `before` (false without `before`, as the page " +
                "then reaches the end of the list); that takes one small query, run only when this field is selected.")
            .ResolveAsync(async c => await c.Source.HasNextPageAsync(c.CancellationToken));
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description(
                "True when items precede this page. Paging backward (`last`/`before`): whether more items come before it. Paging " +
                "forward (`first`/`after`): false on the first page, and with `after`, whether any item lies at or before that " +
                "cursor (so true unless everything before it has left the list); that takes one small query, run only when this " +
                "field is selected.")
            .ResolveAsync(async c => await c.Source.HasPreviousPageAsync(c.CancellationToken));
        Field(p => p.StartCursor, nullable: true)
            .Description("The cursor of the page's first item: pass it as `before` (with `last`) for the page before. Null for an empty page.");
        Field(p => p.EndCursor, nullable: true)
            .Description("The cursor of the page's last item: pass it as `after` (with `first`) for the next page. Null for an empty page.");
    }
}
