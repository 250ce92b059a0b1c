using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>No request with this id has the caller as its mentee or mentor.</summary>
public sealed record RequestNotFoundError() : DomainError("No mentorship request of yours has this id.")
{
    public override string Code => "REQUEST_NOT_FOUND";
}
