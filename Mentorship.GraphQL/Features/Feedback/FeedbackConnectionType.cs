using Mentorship.GraphQL.Features.Sessions;
using Mentorship.GraphQL.Schema.Paging;
using FeedbackEntity = Mentorship.Data.Entities.Feedback;

namespace Mentorship.GraphQL.Features.Feedback;

public sealed class FeedbackConnectionType : ConnectionType<FeedbackEdgeType, FeedbackType, FeedbackEntity>
{
    public FeedbackConnectionType()
        : base("FeedbackConnection", "A page of a mentor's feedback, newest first.")
    {
    }
}
