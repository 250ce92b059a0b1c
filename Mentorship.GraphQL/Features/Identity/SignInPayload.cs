using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed record SignInPayload(User? User, AuthTokens? Tokens, IReadOnlyList<DomainError>? Errors)
{
    public static SignInPayload Refused(DomainError error) => new(null, null, [error]);
}
