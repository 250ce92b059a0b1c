using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>No mentorship with this id has the caller as its mentor or mentee.</summary>
public sealed record MentorshipNotFoundError() : DomainError("No mentorship of yours has this id.")
{
    public override string Code => "MENTORSHIP_NOT_FOUND";
}
