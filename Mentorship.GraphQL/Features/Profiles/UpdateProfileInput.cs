using Mentorship.GraphQL.Schema;

namespace Mentorship.GraphQL.Features.Profiles;

/// <summary>Profile changes: a field left out stays as it is.</summary>
public sealed record UpdateProfileInput(
    InputValue<string> DisplayName,
    InputValue<string> Bio,
    InputValue<IReadOnlyList<string>> Skills,
    InputValue<IReadOnlyList<string>> Goals,
    InputValue<string> TimeZone);
