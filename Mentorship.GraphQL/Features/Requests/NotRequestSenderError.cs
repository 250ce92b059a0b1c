using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>The caller received this request; only the mentee who sent it can withdraw it.</summary>
public sealed record NotRequestSenderError() : DomainError("Only the mentee who sent a request can withdraw it.")
{
    public override string Code => "NOT_REQUEST_SENDER";
}
