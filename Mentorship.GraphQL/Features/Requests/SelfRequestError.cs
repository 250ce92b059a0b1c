using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The request was addressed to its sender.</summary>
public sealed record SelfRequestError() : DomainError("You cannot send a mentorship request to yourself.")
{
    public override string Code => "CANNOT_REQUEST_SELF";
}
