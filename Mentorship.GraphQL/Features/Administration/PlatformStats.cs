namespace Mentorship.GraphQL.Features.Administration;

/// <summary>Counts over the whole platform; every role and status is listed, with 0 where nothing has it.</summary>
public sealed record PlatformStats(
    IReadOnlyList<UserRoleCount> UsersByRole,
    IReadOnlyList<RequestStatusCount> RequestsByStatus,
    IReadOnlyList<SessionStatusCount> SessionsByStatus,
    int FeedbackCount,
    double? AverageRating);
