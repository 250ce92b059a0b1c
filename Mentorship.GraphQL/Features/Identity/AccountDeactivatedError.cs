using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

/// <summary>The account was deactivated by an admin; it cannot sign in or renew its tokens.</summary>
public sealed record AccountDeactivatedError() : DomainError("This account has been deactivated.")
{
    public override string Code => "ACCOUNT_DEACTIVATED";
}
