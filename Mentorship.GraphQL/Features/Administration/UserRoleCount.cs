using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Administration;

public sealed record UserRoleCount(Role Role, int Count);
