using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed record SignOutPayload(int RevokedTokens, IReadOnlyList<DomainError>? Errors)
{
    public static SignOutPayload Refused(DomainError error) => new(0, [error]);
}
