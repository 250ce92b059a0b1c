using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>An account already uses this email; emails are compared without regard to case.</summary>
public sealed record EmailTakenError() : DomainError("An account with this email already exists.")
{
    public override string Code => "EMAIL_TAKEN";
}
