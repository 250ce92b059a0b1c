using GraphQL;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>
/// The paging arguments of a connection field, checked: forward, the <see cref="First"/> items after the cursor
/// <see cref="After"/> (or from the start); backward, when <see cref="Last"/> is set, the last items before the cursor
/// <see cref="Before"/> (or up to the end); and which parts of the connection the client selected, so a page nobody
/// reads is not loaded and a total nobody reads is not counted.
/// </summary>
public sealed record PageArguments(int First, string? After)
{
    public const int DefaultFirst = 20;
    public const int MaxFirst = 100;

    /// <summary>How many items a backward page holds; null for a forward page.</summary>
    public int? Last { get; init; }

    /// <summary>The cursor a backward page ends before; null for a forward page or one that ends at the list's end.</summary>
    public string? Before { get; init; }

    public bool IsBackward => Last is not null;

    /// <summary>Whether the client selected the page itself: <c>nodes</c>, <c>edges</c> or <c>pageInfo</c>.</summary>
    public bool SelectsItems { get; init; } = true;

    /// <summary>Whether the client selected <c>totalCount</c>.</summary>
    public bool SelectsTotalCount { get; init; } = true;

    /// <summary>How many items the page holds at most, in either direction.</summary>
    public int Size => Last ?? First;

    /// <summary>The last <paramref name="last"/> items before <paramref name="before"/>, or up to the end when it is null.</summary>
    public static PageArguments Backward(int last, string? before) => new(last, null) { Last = last, Before = before };

    /// <summary>
    /// Reads the arguments. A size outside 1..<see cref="MaxFirst"/>, or forward arguments (<c>first</c>, <c>after</c>)
    /// mixed with backward ones (<c>last</c>, <c>before</c>), is a <c>BAD_USER_INPUT</c> error, raised before any work.
    /// </summary>
    public static PageArguments From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = ReadArguments(context);
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

    private static PageArguments ReadArguments(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var after = context.GetArgument<string?>("after");
        var last = context.GetArgument<int?>("last");
        var before = context.GetArgument<string?>("before");
        if (last is null && before is null)
        {
            return new(CheckedSize(first ?? DefaultFirst, "first"), after);
        }

        if (first is not null || after is not null)
        {
            throw new BadUserInputException(
                "Page forward with `first` and `after`, or backward with `last` and `before`: the two pairs do not mix.");
        }

        return Backward(CheckedSize(last ?? DefaultFirst, "last"), before);
    }

    /// <summary>The <c>first</c> argument alone, for lists that take no cursor.</summary>
    public static int ReadFirst(IResolveFieldContext context) => CheckedSize(context.GetArgument<int?>("first") ?? DefaultFirst, "first");

    private static int CheckedSize(int size, string argument) =>
        size is >= 1 and <= MaxFirst
            ? size
            : throw new BadUserInputException($"`{argument}` must be between 1 and {MaxFirst}; it was {size}.");
}
