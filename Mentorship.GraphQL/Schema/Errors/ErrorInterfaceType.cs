using GraphQL.Types;

namespace Mentorship.GraphQL.Schema.Errors;

/// <summary>The <c>Error</c> interface every payload error type implements.</summary>
public sealed class ErrorInterfaceType : InterfaceGraphType<DomainError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "A domain refusal reported in a mutation payload's `errors`.";
        Field(e => e.Message).Description("What went wrong, in words for a person.");
        Field(e => e.Code).Description("A stable machine-readable code, such as `INVALID_INPUT`.");
    }
}
