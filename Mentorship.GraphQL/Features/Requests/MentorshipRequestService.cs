using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Users;
using Mentorship.GraphQL.Realtime;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Mentorship.GraphQL.Schema.Paging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mentorship.GraphQL.Features.Requests;

/// <summary>
/// The life of a mentorship request: a mentee sends it, the addressed mentor accepts or declines it, the
/// sender may withdraw it while pending; nothing else. Each change runs in one transaction with the row
/// locked, so of two racing changes one wins and the other sees the result. Each change publishes
/// <see cref="MentorshipRequestEvents.Updated"/> in its transaction, so both parties hear of it when, and
/// only when, it commits.
/// </summary>
public sealed class MentorshipRequestService(MentorshipDbContext db, TimeProvider clock, RealtimeEventPublisher events)
{
    private static readonly Keyset<MentorshipRequest> NewestFirst = new Keyset<MentorshipRequest>("requests:newest")
        .Descending(r => r.CreatedAt)
        .Descending(r => r.Id);

    public async Task<Payload<MentorshipRequest>> SendAsync(Guid senderId, SendMentorshipRequestInput input, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The sender's row lock queues this mentee's sends, so the duplicate check and the pending count
        // below always see each other's commits; the partial unique index stays the last word on duplicates.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM users WHERE id = {senderId} FOR NO KEY UPDATE", cancellationToken);
        var senderRole = await db.Users.Where(u => u.Id == senderId && u.IsActive).Select(u => (Role?)u.Role).SingleOrDefaultAsync(cancellationToken);
        if (senderRole != Role.Mentee)
        {
            return new NotAMenteeError();
        }

        if (input.MentorId == senderId)
        {
            return new SelfRequestError();
        }

        var message = NullIfBlank(input.Message);
        if (message?.Length > RequestLimits.MessageLength)
        {
            return new InvalidInputError("message", $"The message must be at most {RequestLimits.MessageLength} characters; it has {message.Length}.");
        }

        if (!await db.Users.AnyAsync(u => u.Id == input.MentorId && u.Role == Role.Mentor && u.IsActive, cancellationToken))
        {
            return new MentorNotFoundError();
        }

        if (await OpenRequests(senderId, input.MentorId).AnyAsync(cancellationToken))
        {
            return new DuplicateRequestError();
        }

        var pending = await db.MentorshipRequests.CountAsync(r => r.MenteeId == senderId && r.Status == MentorshipRequestStatus.Pending, cancellationToken);
        if (pending >= RequestLimits.PendingPerMentee)
        {
            return new PendingRequestLimitError(RequestLimits.PendingPerMentee);
        }

        var request = new MentorshipRequest
        {
            Id = Guid.CreateVersion7(),
            MenteeId = senderId,
            MentorId = input.MentorId,
            Message = message,
            Status = MentorshipRequestStatus.Pending,
            CreatedAt = clock.GetUtcNow(),
        };
        db.MentorshipRequests.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: DatabaseConstraints.OpenRequestPerPair })
        {
            // Forget the rejected row, or a later SaveChanges in this operation would try it again.
            db.ChangeTracker.Clear();
            return new DuplicateRequestError();
        }

        await events.PublishAsync(MentorshipRequestEvents.UpdatedEvent(request), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return request;
    }

    /// <summary>Accepts a pending request addressed to the caller and starts the mentorship, in one transaction.</summary>
    public async Task<Payload<AcceptedRequest>> AcceptAsync(Guid callerId, Guid requestId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await LockAsync(requestId, callerId, cancellationToken);
        if (RefusalToRespond(request, callerId) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        Respond(request!, MentorshipRequestStatus.Accepted, callerId, now);
        var mentorship = new Pairing
        {
            Id = Guid.CreateVersion7(),
            MentorId = request!.MentorId,
            MenteeId = request.MenteeId,
            RequestId = request.Id,
            Status = MentorshipStatus.Active,
            StartedAt = now,
        };
        db.Pairings.Add(mentorship);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(MentorshipRequestEvents.UpdatedEvent(request), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AcceptedRequest(request, mentorship);
    }

    public async Task<Payload<MentorshipRequest>> DeclineAsync(Guid callerId, DeclineMentorshipRequestInput input, CancellationToken cancellationToken)
    {
        var reason = NullIfBlank(input.Reason);
        if (reason?.Length > RequestLimits.DeclineReasonLength)
        {
            return new InvalidInputError("reason", $"The reason must be at most {RequestLimits.DeclineReasonLength} characters; it has {reason.Length}.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await LockAsync(input.RequestId, callerId, cancellationToken);
        if (RefusalToRespond(request, callerId) is { } refusal)
        {
            return refusal;
        }

        Respond(request!, MentorshipRequestStatus.Declined, callerId, clock.GetUtcNow());
        request!.DeclineReason = reason;
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(MentorshipRequestEvents.UpdatedEvent(request), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return request;
    }

    public async Task<Payload<MentorshipRequest>> WithdrawAsync(Guid callerId, Guid requestId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await LockAsync(requestId, callerId, cancellationToken);
        DomainError? refusal = request switch
        {
            null => new RequestNotFoundError(),
            _ when request.MenteeId != callerId => new NotRequestSenderError(),
            { Status: not MentorshipRequestStatus.Pending } => new RequestNotPendingError(request.Status),
            _ => null,
        };
        if (refusal is not null)
        {
            return refusal;
        }

        Respond(request!, MentorshipRequestStatus.Withdrawn, callerId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(MentorshipRequestEvents.UpdatedEvent(request!), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return request!;
    }

    /// <summary>
    /// A request loaded with its two parties (<see cref="MentorshipRequestEventSubjectLoader"/>) as the caller may see it:
    /// when the caller is its mentee or mentor; otherwise null, as if it did not exist. Its parties go to
    /// <paramref name="users"/>, so the caller's reading of them needs no query of its own.
    /// </summary>
    public static MentorshipRequest? ForParty(MentorshipRequest? loaded, Guid callerId, UsersByIdLoader users)
    {
        if (loaded is null || (loaded.MenteeId != callerId && loaded.MentorId != callerId))
        {
            return null;
        }

        users.Prime(loaded.MenteeId, loaded.Mentee);
        users.Prime(loaded.MentorId, loaded.Mentor);
        return loaded;
    }

    /// <summary>The caller's requests on one side, newest first, optionally of one status.</summary>
    public Task<Connection<MentorshipRequest>> ListAsync(
        Guid callerId, RequestDirection direction, MentorshipRequestStatus? status, PageArguments page, CancellationToken cancellationToken)
    {
        var requests = db.MentorshipRequests.AsNoTracking();
        requests = direction == RequestDirection.Sent
            ? requests.Where(r => r.MenteeId == callerId)
            : requests.Where(r => r.MentorId == callerId);
        if (status is { } wanted)
        {
            requests = requests.Where(r => r.Status == wanted);
        }

        return NewestFirst.PageAsync(requests, page, cancellationToken);
    }

    /// <summary>Requests that keep the pair from a new one: pending, or accepted with the mentorship still running.</summary>
    private IQueryable<MentorshipRequest> OpenRequests(Guid menteeId, Guid mentorId) =>
        db.MentorshipRequests.Where(r => r.MenteeId == menteeId && r.MentorId == mentorId
            && (r.Status == MentorshipRequestStatus.Pending
                || (r.Status == MentorshipRequestStatus.Accepted && r.MentorshipEndedAt == null)));

    /// <summary>The request, locked for this transaction, when the caller is its mentee or mentor; otherwise null.</summary>
    private async Task<MentorshipRequest?> LockAsync(Guid requestId, Guid callerId, CancellationToken cancellationToken)
    {
        var rows = await db.MentorshipRequests
            .FromSql($"SELECT * FROM mentorship_requests WHERE id = {requestId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        return rows.SingleOrDefault(r => r.MenteeId == callerId || r.MentorId == callerId);
    }

    private static DomainError? RefusalToRespond(MentorshipRequest? request, Guid callerId) => request switch
    {
        null => new RequestNotFoundError(),
        _ when request.MentorId != callerId => new NotRequestMentorError(),
        { Status: not MentorshipRequestStatus.Pending } => new RequestNotPendingError(request.Status),
        _ => null,
    };

    private static void Respond(MentorshipRequest request, MentorshipRequestStatus status, Guid callerId, DateTimeOffset now)
    {
        request.Status = status;
        request.RespondedAt = now;
        request.RespondedById = callerId;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
