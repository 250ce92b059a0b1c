using GraphQL;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>The page size of every connection: <c>first</c> defaults to 20 and must lie between 1 and 100.</summary>
public static class PageSize
{
    public const int Default = 20;
    public const int Maximum = 100;

    /// <summary>The description every <c>first</c> argument carries.</summary>
    public const string ArgumentDescription = "How many items to return: 1 to 100, 20 when left out.";

    /// <summary>
    /// The page size for a requested <paramref name="first"/>; out of range is the caller's mistake, answered as a
    /// <c>BAD_USER_INPUT</c> error that names the argument, never clamped silently.
    /// </summary>
    public static int From(int? first, string argumentName = "first") => first switch
    {
        null => Default,
        >= 1 and <= Maximum => first.Value,
        _ => throw new ExecutionError($"'{argumentName}' must be between 1 and {Maximum}; it was {first}.") { Code = ErrorCodes.BadUserInput },
    };
}
