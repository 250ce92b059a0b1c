using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The caller is not a mentee; only mentees send mentorship requests.</summary>
public sealed record NotAMenteeError() : DomainError("Only mentees send mentorship requests.")
{
    public override string Code => "NOT_A_MENTEE";
}
