using Mentorship.GraphQL.Features.Scheduling;

namespace Mentorship.GraphQL.Features.Administration;

public sealed record SessionStatusCount(SessionState Status, int Count);
