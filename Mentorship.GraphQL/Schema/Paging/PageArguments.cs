using GraphQL;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>
/// The <c>first</c> and <c>after</c> arguments of a connection field, checked, and which parts of the connection the
/// client selected, so a page nobody reads is not loaded and a total nobody reads is not counted.
/// </summary>
public sealed record PageArguments(int First, string? After)
{
    public const int DefaultFirst = 20;
    public const int MaxFirst = 100;

    /// <summary>Whether the client selected the page itself: <c>nodes</c>, <c>edges</c> or <c>pageInfo</c>.</summary>
    public bool SelectsItems { get; init; } = true;

    /// <summary>Whether the client selected <c>totalCount</c>.</summary>
    public bool SelectsTotalCount { get; init; } = true;

    /// <summary>Reads the arguments; a <c>first</c> outside 1..<see cref="MaxFirst"/> is a <c>BAD_USER_INPUT</c> error.</summary>
    public static PageArguments From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = new PageArguments(ReadFirst(context), context.GetArgument<string?>("after"));
        // SubFields holds the connection's selected fields, fragments and @skip/@include already applied.
        if (context.SubFields is not { } selected)
        {
            return page;
        }

        var names = selected.Values.Select(s => s.Field.Name.StringValue).ToHashSet(StringComparer.Ordinal);
        return page with
        {
            SelectsItems = names.Contains("nodes") || names.Contains("edges") || names.Contains("pageInfo"),
            SelectsTotalCount = names.Contains("totalCount"),
        };
    }

    /// <summary>The <c>first</c> argument alone, for lists that take no cursor.</summary>
    public static int ReadFirst(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultFirst;
        return first is >= 1 and <= MaxFirst
            ? first
            : throw new BadUserInputException($"`first` must be between 1 and {MaxFirst}; it was {first}.");
    }
}
