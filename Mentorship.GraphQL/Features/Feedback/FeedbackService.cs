using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Scheduling;
using Mentorship.GraphQL.Features.Sessions;
using Mentorship.GraphQL.Realtime;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.Paging;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using FeedbackEntity = Mentorship.Data.Entities.Feedback;

namespace Mentorship.GraphQL.Features.Feedback;

/// <summary>
/// Feedback: a session's mentee rates it once it is completed, once. The feedback row, the mentor's rating aggregates
/// (<c>rating_count</c>, <c>rating_sum</c>, by atomic increments) and the session's <see cref="SessionEvents.Updated"/>
/// event commit together or not at all; a second rating of one session is refused by the unique index.
/// </summary>
public sealed class FeedbackService(MentorshipDbContext db, TimeProvider clock, RealtimeEventPublisher events)
{
    private static readonly Keyset<FeedbackEntity> NewestFirst = new Keyset<FeedbackEntity>("feedback:newest")
        .Descending(f => f.CreatedAt)
        .Descending(f => f.Id);

    public async Task<Payload<FeedbackEntity>> SubmitAsync(Guid menteeId, SubmitFeedbackInput input, CancellationToken cancellationToken)
    {
        if (input.Rating is < FeedbackLimits.MinRating or > FeedbackLimits.MaxRating)
        {
            return new InvalidInputError(
                "rating", $"A rating is {FeedbackLimits.MinRating} to {FeedbackLimits.MaxRating}; it was {input.Rating}.");
        }

        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        if (comment?.Length > FeedbackLimits.CommentLength)
        {
            return new InvalidInputError("comment", $"The comment must be at most {FeedbackLimits.CommentLength} characters; it has {comment.Length}.");
        }

        if (comment?.Contains('\0', StringComparison.Ordinal) == true)
        {
            // PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
            return new InvalidInputError("comment", "The comment must not contain NUL characters.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = await db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == input.SessionId && s.MenteeId == menteeId, cancellationToken);
        if (session is null)
        {
            return new SessionNotFoundError();
        }

        var now = clock.GetUtcNow();
        if (SessionStates.At(session, now) != SessionState.Completed)
        {
            return new SessionNotCompletedError();
        }

        var feedback = new FeedbackEntity
        {
            Id = Guid.CreateVersion7(now),
            SessionId = session.Id,
            MentorId = session.MentorId,
            MenteeId = session.MenteeId,
            Rating = (short)input.Rating,
            Comment = comment,
            ShowMenteeName = input.ShowName ?? false,
            CreatedAt = now,
        };
        db.Feedback.Add(feedback);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: DatabaseConstraints.FeedbackPerSession,
        })
        {
            // Forget the rejected row; the transaction rolls back, so the aggregates were never touched.
            db.ChangeTracker.Clear();
            return new FeedbackAlreadyGivenError();
        }

        // Increments, not read-modify-write: concurrent ratings of one mentor queue on the profile row and all count.
        await db.Database.ExecuteSqlAsync(
            $"UPDATE profiles SET rating_count = rating_count + 1, rating_sum = rating_sum + {input.Rating} WHERE user_id = {session.MentorId}",
            cancellationToken);
        await events.PublishAsync(SessionEvents.UpdatedEvent(session), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return feedback;
    }

    /// <summary>A mentor's feedback, newest first.</summary>
    public Task<Connection<FeedbackEntity>> ListForMentorAsync(Guid mentorId, PageArguments page, CancellationToken cancellationToken) =>
        NewestFirst.PageAsync(db.Feedback.AsNoTracking().Where(f => f.MentorId == mentorId), page, cancellationToken);
}
