using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Administration;

public sealed record RequestStatusCount(MentorshipRequestStatus Status, int Count);
