using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class EndMentorshipErrorType : UnionGraphType
{
    public EndMentorshipErrorType()
    {
        Name = "EndMentorshipError";
        Description = "Why `endMentorship` changed nothing.";
        Type<MentorshipNotFoundErrorType>();
        Type<MentorshipEndedErrorType>();
    }
}
