using GraphQL.Types;

namespace Mentorship.GraphQL.Features.Requests;

public sealed class RequestDirectionType : EnumerationGraphType<RequestDirection>
{
    public RequestDirectionType()
    {
        Name = "RequestDirection";
        Description = "Which of the caller's requests to list.";
        Values["SENT"]!.Description = "Requests the caller sent, as a mentee.";
        Values["RECEIVED"]!.Description = "Requests addressed to the caller, as a mentor.";
    }
}
