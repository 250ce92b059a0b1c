using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Profiles;

/// <summary>The updated profile, or why nothing changed.</summary>
public sealed record UpdateProfilePayload(Profile? Profile, IReadOnlyList<DomainError>? Errors);
