using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class MentorshipNotFoundErrorType : ErrorType<MentorshipNotFoundError>
{
    public MentorshipNotFoundErrorType()
        : base("MentorshipNotFoundError", "No mentorship with this id has the caller as its mentor or mentee. Code `MENTORSHIP_NOT_FOUND`.")
    {
    }
}
