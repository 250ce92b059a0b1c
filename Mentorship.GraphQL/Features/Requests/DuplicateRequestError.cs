using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The mentee already has a pending request, or an accepted one whose mentorship still runs, with this mentor.</summary>
public sealed record DuplicateRequestError() : DomainError("You already have a pending or accepted request with this mentor.")
{
    public override string Code => "DUPLICATE_REQUEST";
}
