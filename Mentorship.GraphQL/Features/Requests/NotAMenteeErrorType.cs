using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class NotAMenteeErrorType : ErrorType<NotAMenteeError>
{
    public NotAMenteeErrorType()
        : base("NotAMenteeError", "The caller is not a mentee; only mentees send mentorship requests. Code `NOT_A_MENTEE`.")
    {
    }
}
