using GraphQL.Builders;
using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.Paging;

public static class PagingFieldBuilderExtensions
{
    /// <summary>Adds the <c>first</c> and <c>after</c> arguments that <see cref="PageArguments.From"/> reads.</summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>(
                "first",
                $"How many items to return: {Paging.PageArguments.DefaultFirst} when left out, at most {Paging.PageArguments.MaxFirst}.")
            .Argument<StringGraphType>(
                "after",
                "Return the items after this cursor: the `endCursor` of the previous page, asked with the same filters and order.");
}
