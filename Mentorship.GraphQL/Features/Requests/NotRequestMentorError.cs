using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The caller sent this request; only the mentor it is addressed to can accept or decline it.</summary>
public sealed record NotRequestMentorError() : DomainError("Only the mentor a request is addressed to can accept or decline it.")
{
    public override string Code => "NOT_REQUEST_MENTOR";
}
