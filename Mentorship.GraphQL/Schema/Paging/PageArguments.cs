using GraphQL;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>The <c>first</c> and <c>after</c> arguments of a connection field, checked.</summary>
public sealed record PageArguments(int First, string? After)
{
    public const int DefaultFirst = 20;
    public const int MaxFirst = 100;

    /// <summary>Reads the arguments; a <c>first</c> outside 1..<see cref="MaxFirst"/> is a <c>BAD_USER_INPUT</c> error.</summary>
    public static PageArguments From(IResolveFieldContext context) =>
        new(ReadFirst(context), context.GetArgument<string?>("after"));

    /// <summary>The <c>first</c> argument alone, for lists that take no cursor.</summary>
    public static int ReadFirst(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultFirst;
        return first is >= 1 and <= MaxFirst
            ? first
            : throw new BadUserInputException($"`first` must be between 1 and {MaxFirst}; it was {first}.");
    }
}
