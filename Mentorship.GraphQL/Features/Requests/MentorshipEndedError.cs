using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The mentorship has already ended.</summary>
public sealed record MentorshipEndedError() : DomainError("This mentorship has already ended.")
{
    public override string Code => "MENTORSHIP_ALREADY_ENDED";
}
