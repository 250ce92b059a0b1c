using Mentorship.GraphQL.Features.Sessions;
using Mentorship.GraphQL.Schema.Paging;
using FeedbackEntity = Mentorship.Data.Entities.Feedback;

namespace Mentorship.GraphQL.Features.Feedback;

public sealed class FeedbackEdgeType : EdgeType<FeedbackType, FeedbackEntity>
{
    public FeedbackEdgeType()
        : base("FeedbackEdge", "The feedback.")
    {
    }
}
