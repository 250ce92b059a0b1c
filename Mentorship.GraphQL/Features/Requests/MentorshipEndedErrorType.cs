using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class MentorshipEndedErrorType : ErrorType<MentorshipEndedError>
{
    public MentorshipEndedErrorType()
        : base("MentorshipEndedError", "The mentorship has already ended. Code `MENTORSHIP_ALREADY_ENDED`.")
    {
    }
}
