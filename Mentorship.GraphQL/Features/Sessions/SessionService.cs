using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Requests;
using Mentorship.GraphQL.Features.Scheduling;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Realtime;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.Paging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.GraphQL.Features.Sessions;

/// <summary>
/// Sessions: a mentee books one with a mentor of an active mentorship, either party cancels it before it starts,
/// and ending a mentorship (or, later, deactivating a user) cancels the upcoming ones. Overlaps are refused by
/// PostgreSQL's exclusion constraints, so of concurrent bookings of one time exactly one wins. Every booking and
/// cancellation publishes <see cref="SessionEvents.Updated"/> in its transaction, so both parties hear of it
/// when, and only when, it commits.
/// </summary>
public sealed class SessionService(MentorshipDbContext db, TimeProvider clock, RealtimeEventPublisher events)
{
    private static readonly Keyset<Session> SoonestFirst = new Keyset<Session>("sessions:soonest")
        .Ascending(s => s.StartsAt)
        .Ascending(s => s.Id);

    private static readonly Keyset<Session> LatestFirst = new Keyset<Session>("sessions:latest")
        .Descending(s => s.StartsAt)
        .Descending(s => s.Id);

    public async Task<Payload<Session>> BookAsync(Guid menteeId, BookSessionInput input, CancellationToken cancellationToken)
    {
        if (input.DurationMinutes is < SessionLimits.MinDurationMinutes or > SessionLimits.MaxDurationMinutes)
        {
            return new InvalidInputError(
                "durationMinutes",
                $"A session lasts {SessionLimits.MinDurationMinutes} to {SessionLimits.MaxDurationMinutes} minutes; {input.DurationMinutes} were asked for.");
        }

        var agenda = NullIfBlank(input.Agenda);
        if (agenda?.Length > SessionLimits.AgendaLength)
        {
            return new InvalidInputError("agenda", $"The agenda must be at most {SessionLimits.AgendaLength} characters; it has {agenda.Length}.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == input.MentorId && u.Role == Role.Mentor && u.IsActive, cancellationToken))
        {
            return new MentorNotFoundError();
        }

        // FOR SHARE: ending this mentorship (FOR UPDATE) waits until the booking commits and then cancels it with the
        // rest; or the booking waits for the end and finds the mentorship ended.
        var mentorships = await db.Pairings
            .FromSql($"SELECT * FROM mentorships WHERE mentor_id = {input.MentorId} AND mentee_id = {menteeId} AND status = 'Active' FOR SHARE")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (mentorships is not [var mentorship])
        {
            return new NoActiveMentorshipError();
        }

        var availability = await db.WeeklyAvailabilities.AsNoTracking()
            .Include(a => a.Blocks)
            .SingleOrDefaultAsync(a => a.MentorId == input.MentorId, cancellationToken);
        if (availability is null)
        {
            return new OutsideAvailabilityError();
        }

        var now = clock.GetUtcNow();
        if (BookingRule.Check(WeeklySchedule.From(availability), input.StartsAt, input.DurationMinutes, now) is { } problem)
        {
            return problem.Code switch
            {
                SchedulingProblemCode.OffGrid => new StartNotOnGridError(problem.Message),
                SchedulingProblemCode.TooSoon => new TooSoonError(problem.Message),
                SchedulingProblemCode.OutsideAvailability => new OutsideAvailabilityError(),
                _ => new InvalidInputError(problem.Field, problem.Message),
            };
        }

        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            MentorId = input.MentorId,
            MenteeId = menteeId,
            MentorshipId = mentorship.Id,
            StartsAt = input.StartsAt.ToUniversalTime(),
            EndsAt = input.StartsAt.ToUniversalTime().AddMinutes(input.DurationMinutes),
            Status = SessionStatus.Scheduled,
            Agenda = agenda,
            CreatedAt = now,
        };
        db.Sessions.Add(session);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (OverlapConstraint(e) is { } constraint)
        {
            // Forget the rejected row, or a later SaveChanges in this operation would try it again.
            db.ChangeTracker.Clear();
            return constraint == DatabaseConstraints.MentorSessionOverlap ? new SlotTakenError() : new SessionConflictError();
        }

        await events.PublishAsync(SessionEvents.UpdatedEvent(session), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return session;
    }

    /// <summary>Cancels a scheduled session of the caller's, as mentor or mentee, before it starts.</summary>
    public async Task<Payload<Session>> CancelAsync(Guid callerId, CancelSessionInput input, CancellationToken cancellationToken)
    {
        var reason = NullIfBlank(input.Reason);
        if (reason?.Length > SessionLimits.CancellationReasonLength)
        {
            return new InvalidInputError(
                "reason", $"The reason must be at most {SessionLimits.CancellationReasonLength} characters; it has {reason.Length}.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Sessions
            .FromSql($"SELECT * FROM sessions WHERE id = {input.SessionId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        var session = rows.SingleOrDefault(s => s.MentorId == callerId || s.MenteeId == callerId);
        if (session is null)
        {
            return new SessionNotFoundError();
        }

        var now = clock.GetUtcNow();
        if (session.Status == SessionStatus.Cancelled)
        {
            return new SessionAlreadyCancelledError();
        }

        if (now >= session.StartsAt)
        {
            return new SessionAlreadyStartedError();
        }

        session.Status = SessionStatus.Cancelled;
        session.CancelledAt = now;
        session.CancelledById = callerId;
        session.CancellationReason = reason;
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(SessionEvents.UpdatedEvent(session), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return session;
    }

    /// <summary>
    /// Cancels every scheduled session of the mentorship that has not started yet, stamped with
    /// <paramref name="cancelledById"/> and <paramref name="reason"/>, and tells both parties of each. Runs in the
    /// caller's open transaction: the cancellations and their events commit with the caller's change, or not at all.
    /// </summary>
    /// <returns>How many sessions were cancelled.</returns>
    public Task<int> CancelFutureSessionsOfMentorshipAsync(Guid mentorshipId, Guid cancelledById, string reason, CancellationToken cancellationToken)
    {
        var (now, checkedReason) = (clock.GetUtcNow(), CheckedReason(reason));
        return CancelFutureAsync(
            db.Sessions.FromSql($"""
                UPDATE sessions
                SET status = 'Cancelled', cancelled_at = {now}, cancelled_by_id = {cancelledById}, cancellation_reason = {checkedReason}
                WHERE mentorship_id = {mentorshipId} AND status = 'Scheduled' AND starts_at > {now}
                RETURNING *
                """),
            cancellationToken);
    }

    /// <summary>
    /// Cancels every scheduled session of the user, as mentor or mentee, that has not started yet, stamped with
    /// <paramref name="cancelledById"/> and <paramref name="reason"/>, and tells both parties of each (for a user's
    /// deactivation, say). Runs in the caller's open transaction, like <see cref="CancelFutureSessionsOfMentorshipAsync"/>.
    /// </summary>
    /// <returns>How many sessions were cancelled.</returns>
    public Task<int> CancelFutureSessionsOfUserAsync(Guid userId, Guid cancelledById, string reason, CancellationToken cancellationToken)
    {
        var (now, checkedReason) = (clock.GetUtcNow(), CheckedReason(reason));
        return CancelFutureAsync(
            db.Sessions.FromSql($"""
                UPDATE sessions
                SET status = 'Cancelled', cancelled_at = {now}, cancelled_by_id = {cancelledById}, cancellation_reason = {checkedReason}
                WHERE (mentor_id = {userId} OR mentee_id = {userId}) AND status = 'Scheduled' AND starts_at > {now}
                RETURNING *
                """),
            cancellationToken);
    }

    /// <summary>
    /// A session loaded with its two parties and its feedback (<see cref="SessionEventSubjectLoader"/>) as the caller may
    /// see it: when the caller is its mentor or mentee; otherwise null, as if it did not exist. What was loaded with it
    /// goes to the loaders, so the caller's reading of the parties and the feedback needs no query of its own.
    /// </summary>
    public static Session? ForParty(Session? loaded, Guid callerId, UsersByIdLoader users, FeedbackBySessionIdLoader feedback, SessionsByIdLoader sessions)
    {
        if (loaded is null || (loaded.MentorId != callerId && loaded.MenteeId != callerId))
        {
            return null;
        }

        users.Prime(loaded.MentorId, loaded.Mentor);
        users.Prime(loaded.MenteeId, loaded.Mentee);
        feedback.Prime(loaded.Id, loaded.Feedback);
        sessions.Prime(loaded.Id, loaded);
        return loaded;
    }

    /// <summary>The caller's sessions as mentor or mentee: upcoming (not ended) soonest first, past (ended) or all latest first.</summary>
    public Task<Connection<Session>> ListAsync(Guid callerId, SessionTimeFilter when, PageArguments page, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sessions = db.Sessions.AsNoTracking().Where(s => s.MentorId == callerId || s.MenteeId == callerId);
        return when switch
        {
            SessionTimeFilter.Upcoming => SoonestFirst.PageAsync(sessions.Where(s => s.EndsAt > now), page, cancellationToken),
            SessionTimeFilter.Past => LatestFirst.PageAsync(sessions.Where(s => s.EndsAt <= now), page, cancellationToken),
            _ => LatestFirst.PageAsync(sessions, page, cancellationToken),
        };
    }

    /// <summary>
    /// Runs a cancelling <c>UPDATE … RETURNING</c>. Its WHERE is evaluated again on rows a concurrent change locked,
    /// so a session cancelled meanwhile is neither stamped twice nor announced twice.
    /// </summary>
    private async Task<int> CancelFutureAsync(IQueryable<Session> cancelling, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Cancel sessions inside the transaction of the change that cancels them.");
        }

        var cancelled = await cancelling.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var session in cancelled)
        {
            await events.PublishAsync(SessionEvents.UpdatedEvent(session), cancellationToken);
        }

        return cancelled.Count;
    }

    private static string CheckedReason(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Length, SessionLimits.CancellationReasonLength, nameof(reason));
        return reason;
    }

    private static string? OverlapConstraint(DbUpdateException exception) =>
        exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.ExclusionViolation,
            ConstraintName: DatabaseConstraints.MentorSessionOverlap or DatabaseConstraints.MenteeSessionOverlap,
        } violation
            ? violation.ConstraintName
            : null;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
