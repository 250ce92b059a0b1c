namespace Mentorship.GraphQL.Schema.Errors;

public sealed class InvalidInputErrorType : ErrorType<InvalidInputError>
{
    public InvalidInputErrorType()
        : base("InvalidInputError", "An input value is malformed for its field (too long, out of range, wrongly shaped).")
    {
        Field(e => e.Field).Description("The input field at fault, as named in the input type, such as `email`.");
    }
}
