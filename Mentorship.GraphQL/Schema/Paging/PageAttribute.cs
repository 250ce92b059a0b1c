using GraphQL;
using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.Paging;

/// <summary>
/// Gives a root field's method the page a client asks for: adds the <c>first</c> argument (and <c>after</c>,
/// <c>last</c> and <c>before</c>, unless <see cref="Cursor"/> is false) to the field, and fills the
/// <see cref="PageArguments"/> parameter from them, checked.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PageAttribute : GraphQLAttribute
{
    /// <summary>Whether the list pages by cursors, in both directions; false for a ranked list read from its start.</summary>
    public bool Cursor { get; init; } = true;

    public override void Modify(ArgumentInformation argumentInformation)
    {
        if (Cursor)
        {
            argumentInformation.SetDelegate(PageArguments.From);
        }
        else
        {
            argumentInformation.SetDelegate(context => new PageArguments(PageArguments.ReadFirst(context), null));
        }
    }

    /// <summary>Adds the arguments the page is read from; called once the field's own arguments are in place.</summary>
    public void AddArguments(FieldType field)
    {
        field.Arguments ??= new QueryArguments();
        field.Arguments.Add(new QueryArgument<IntGraphType>
        {
            Name = "first",
            Description = Cursor
                ? $"How many items to return, paging forward: {PageArguments.DefaultFirst} when left out, at most {PageArguments.MaxFirst}."
                : $"How many items to return: {PageArguments.DefaultFirst} when left out, at most {PageArguments.MaxFirst}.",
        });
        if (Cursor)
        {
            field.Arguments.Add(new QueryArgument<StringGraphType>
            {
                Name = "after",
                Description = "Return the items after this cursor: the `endCursor` of the previous page, asked with the same filters and order.",
            });
            field.Arguments.Add(new QueryArgument<IntGraphType>
            {
                Name = "last",
                Description =
                    $"How many items to return, paging backward: the last ones of the list, or those just before `before`; at most " +
                    $"{PageArguments.MaxFirst}, {PageArguments.DefaultFirst} when only `before` is given. Not with `first` or `after`.",
            });
            field.Arguments.Add(new QueryArgument<StringGraphType>
            {
                Name = "before",
                Description =
                    "Return the items before this cursor, in the list's order: the `startCursor` of the following page, asked with " +
                    "the same filters and order. Not with `first` or `after`.",
            });
        }
    }
}
