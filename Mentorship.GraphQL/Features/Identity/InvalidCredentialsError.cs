using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>The email and password do not match an account. Unknown emails and wrong passwords get this same error.</summary>
public sealed record InvalidCredentialsError() : DomainError("Email or password is incorrect.")
{
    public override string Code => "INVALID_CREDENTIALS";
}
