using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Identity;

public sealed record SignUpPayload(User? User, AuthTokens? Tokens, IReadOnlyList<DomainError>? Errors)
{
    public static SignUpPayload Refused(params DomainError[] errors) => new(null, null, errors);
}
