using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed class TooManySignInAttemptsErrorType : ErrorType<TooManySignInAttemptsError>
{
    public TooManySignInAttemptsErrorType()
        : base(
            "TooManySignInAttemptsError",
            "Sign-in for this email is paused after repeated failures; the password was not checked. The pause doubles with each further failure, up to 15 minutes.")
    {
        Field(e => e.RetryAfterSeconds).Description("Seconds until the next sign-in attempt for this email is allowed.");
    }
}
