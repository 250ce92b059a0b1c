using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>Sign-in for this email is paused after repeated failures.</summary>
public sealed record TooManySignInAttemptsError(int RetryAfterSeconds)
    : DomainError($"Too many failed sign-ins for this email. Try again in {RetryAfterSeconds} seconds.")
{
    public override string Code => "TOO_MANY_SIGN_IN_ATTEMPTS";
}
