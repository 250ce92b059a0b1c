using GraphQL.Types;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Schema;
using Mentorship.GraphQL.Schema.Paging;

namespace Mentorship.GraphQL.Features.Feedback;

/// <summary>What feedback adds to a user: a mentor's feedback list.</summary>
public sealed class FeedbackUserFields : ITypeExtension<UserType>
{
    public void Extend(UserType type)
    {
        var field = type.Field<FeedbackConnectionType>("feedback")
            .Description(
                "A mentor's feedback from their mentees, newest first, readable by everyone: rating, comment and date. Who wrote " +
                "each (`Feedback.mentee`) shows only where that mentee chose to show their name, or to the session's two parties. " +
                "Null for users who are not mentors.")
            .ResolveAsync(async c => c.Source.Role == Role.Mentor
                ? await c.Service<FeedbackService>().ListForMentorAsync(c.Source.Id, PageArguments.From(c), c.CancellationToken)
                : null);
        new PageAttribute().AddArguments(field.FieldType);
    }
}
