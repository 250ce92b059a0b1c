using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>Base for the object type of one <see cref="DomainError"/>: its name, description, and the <c>Error</c> fields.</summary>
public abstract class ErrorType<TError> : ObjectGraphType<TError>
    where TError : DomainError
{
    protected ErrorType(string name, string description)
    {
        Name = name;
        Description = description;
        Field(e => e.Message).Description("What went wrong, in words for a person.");
        Field(e => e.Code).Description("A stable machine-readable code.");
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is TError;
    }
}
