using System.Globalization;
using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Schema.Errors;
using Mentorship.GraphQL.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>
/// Mentors' weekly availability: replacing a schedule as a whole, and the slots it offers. A refused schedule
/// changes nothing; the rules are <see cref="AvailabilityRules"/> and <see cref="SlotCalculator"/>.
/// </summary>
public sealed class AvailabilityService(MentorshipDbContext db, TimeProvider clock)
{
    /// <summary>Replaces the mentor's time zone and every block at once, or nothing when any of it is refused.</summary>
    public async Task<Payload<WeeklyAvailability>> SetAsync(Guid mentorId, SetWeeklyAvailabilityInput input, CancellationToken cancellationToken)
    {
        // Counted before any block is read.
        if (input.Blocks.Count > AvailabilityLimits.MaxBlocks)
        {
            return new InvalidInputError(
                "blocks",
                $"At most {AvailabilityLimits.MaxBlocks} blocks; {input.Blocks.Count.ToString(CultureInfo.InvariantCulture)} were given.");
        }

        var timeZone = input.TimeZone.Trim();
        var blocks = input.Blocks.Select(b => new WeeklyBlock(b.DayOfWeek, b.StartTime, b.EndTime)).ToList();
        if (AvailabilityRules.Check(timeZone, blocks) is { } problem)
        {
            return ErrorOf(problem);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The mentor's row lock queues replacements of one schedule, so the second sees the row the first made.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM users WHERE id = {mentorId} FOR NO KEY UPDATE", cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == mentorId && u.Role == Role.Mentor && u.IsActive, cancellationToken))
        {
            return new NotAMentorError();
        }

        var availability = await db.WeeklyAvailabilities.Include(a => a.Blocks).SingleOrDefaultAsync(a => a.MentorId == mentorId, cancellationToken);
        if (availability is null)
        {
            availability = new WeeklyAvailability { MentorId = mentorId, TimeZone = timeZone };
            db.WeeklyAvailabilities.Add(availability);
        }

        availability.TimeZone = timeZone;
        availability.UpdatedAt = clock.GetUtcNow();

        // A new list: the old blocks' rows are deleted and the new ones inserted, in one transaction.
        availability.Blocks =
        [
            .. blocks.Select(b => new AvailabilityBlock
            {
                Id = Guid.CreateVersion7(),
                MentorId = mentorId,
                DayOfWeek = b.DayOfWeek,
                StartTime = b.StartTime,
                EndTime = b.EndTime,
            }),
        ];
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return availability;
    }

    /// <summary>
    /// The slots of an active mentor's availability that start in [<paramref name="from"/>, <paramref name="to"/>), in
    /// two SQL statements at most whatever the range: the schedule with its blocks, and the scheduled sessions that
    /// could overlap a slot. No slots for a user who is not an active mentor or has no availability.
    /// </summary>
    /// <exception cref="BadUserInputException">The range or duration is refused (see <see cref="SlotCalculator.CheckQuery"/>).</exception>
    public async Task<IReadOnlyList<Slot>> SlotsAsync(
        Guid mentorId, DateTimeOffset from, DateTimeOffset to, int durationMinutes, CancellationToken cancellationToken)
    {
        if (SlotCalculator.CheckQuery(from, to, durationMinutes) is { } problem)
        {
            throw new BadUserInputException($"`{problem.Field}`: {problem.Message}");
        }

        var availability = await db.WeeklyAvailabilities.AsNoTracking()
            .Include(a => a.Blocks)
            .SingleOrDefaultAsync(a => a.MentorId == mentorId && a.Mentor.Role == Role.Mentor && a.Mentor.IsActive, cancellationToken);
        if (availability is null || availability.Blocks.Count == 0)
        {
            return [];
        }

        // A slot starting before `to` ends by `to` plus its duration; a session overlapping it starts before that and,
        // lasting at most the longest session, after `from` less that length, which lets the index on
        // (mentor_id, starts_at) bound the scan on both sides.
        var slotsEnd = to.AddMinutes(durationMinutes);
        var earliestStart = from.AddMinutes(-SessionLimits.MaxDurationMinutes);
        var booked = await db.Sessions.AsNoTracking()
            .Where(s => s.MentorId == mentorId && s.Status == SessionStatus.Scheduled
                && s.StartsAt > earliestStart && s.StartsAt < slotsEnd && s.EndsAt > from)
            .Select(s => new BookedTime(s.StartsAt, s.EndsAt))
            .ToListAsync(cancellationToken);
        return SlotCalculator.AvailableSlots(WeeklySchedule.From(availability), booked, from, to, durationMinutes, clock.GetUtcNow());
    }

    private static DomainError ErrorOf(SchedulingProblem problem) => problem switch
    {
        { Code: SchedulingProblemCode.UnknownTimeZone } => new UnknownTimeZoneError(),
        { Code: SchedulingProblemCode.OffGrid, BlockIndex: { } index } => new BlockOffGridError(index, problem.Field, problem.Message),
        { Code: SchedulingProblemCode.EndNotAfterStart, BlockIndex: { } index } => new BlockEndNotAfterStartError(index, problem.Message),
        { Code: SchedulingProblemCode.OverlappingBlocks, BlockIndex: { } index, OtherBlockIndex: { } other } =>
            new OverlappingBlocksError(index, other, problem.Message),

        // Too many blocks, or a day of week no enum value names: malformed input for its field.
        _ => new InvalidInputError(problem.Field, problem.Message),
    };
}
