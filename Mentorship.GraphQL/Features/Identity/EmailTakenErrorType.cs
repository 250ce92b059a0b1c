using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class EmailTakenErrorType : ErrorType<EmailTakenError>
{
    public EmailTakenErrorType()
        : base("EmailTakenError", "An account already uses this email; emails are compared without regard to case.")
    {
    }
}
