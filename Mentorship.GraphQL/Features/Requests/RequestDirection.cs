namespace Mentorship.GraphQL.Features.Requests;

/// <summary>Which side of a request the caller is on.</summary>
public enum RequestDirection
{
    Sent,
    Received,
}
