using Mentorship.Data.Entities;
using Mentorship.GraphQL.Realtime;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The realtime event of a request being sent or changing status, addressed to its two parties.</summary>
public static class MentorshipRequestEvents
{
    public const string Updated = "mentorship_request_updated";

    public static RealtimeEvent UpdatedEvent(MentorshipRequest request) =>
        new(Updated, request.Id, [request.MenteeId, request.MentorId]);
}
