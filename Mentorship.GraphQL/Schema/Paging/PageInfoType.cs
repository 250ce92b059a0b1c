using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.Paging;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in its list.";
        Field(p => p.HasNextPage).Description("True when more items follow this page.");
        Field(p => p.EndCursor, nullable: true)
            .Description("The cursor of the page's last item: pass it as `after` for the next page. Null for an empty page.");
    }
}
