using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>No active mentor has the given id: the user does not exist, is not a mentor, or was deactivated.</summary>
public sealed record MentorNotFoundError() : DomainError("No active mentor has this id.")
{
    public override string Code => "MENTOR_NOT_FOUND";
}
