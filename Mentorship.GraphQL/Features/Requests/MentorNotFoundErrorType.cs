using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class MentorNotFoundErrorType : ErrorType<MentorNotFoundError>
{
    public MentorNotFoundErrorType()
        : base("MentorNotFoundError", "No active mentor has the given id: the user does not exist, is not a mentor, or was deactivated. Code `MENTOR_NOT_FOUND`.")
    {
    }
}
