using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed record RefreshTokensPayload(AuthTokens? Tokens, IReadOnlyList<DomainError>? Errors)
{
    public static RefreshTokensPayload Refused(DomainError error) => new(null, [error]);
}
