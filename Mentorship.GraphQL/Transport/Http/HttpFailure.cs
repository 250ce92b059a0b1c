namespace Mentorship.GraphQL.Transport.Http;

/// <summary>
/// A request refused before any operation ran: its HTTP status, <c>extensions.code</c> and message. The status holds
/// whatever the response media type, because the request was not a well-formed GraphQL-over-HTTP request.
/// </summary>
public sealed record HttpFailure(int Status, string Code, string Message);
