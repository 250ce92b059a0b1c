using Mentorship.GraphQL.Schema.Errors;

namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>A block's end is not after its start. An end of 00:00 is midnight at the end of the day, and always after.</summary>
/// <param name="BlockIndex">The position of the block in the given list, from 0.</param>
public sealed record BlockEndNotAfterStartError(int BlockIndex, string Message) : DomainError(Message);

/// <summary>A block begins or ends off the quarter hour (:00, :15, :30, :45 with zero seconds).</summary>
/// <param name="BlockIndex">The position of the block in the given list, from 0.</param>
/// <param name="Field">The time at fault, such as `blocks[2].startTime`.</param>
public sealed record BlockOffGridError(int BlockIndex, string Field, string Message) : DomainError(Message);

/// <summary>The caller is not an active mentor; only mentors keep a weekly availability.</summary>
public sealed record NotAMentorError() : DomainError("Only mentors keep a weekly availability.");

/// <summary>Two blocks of one day overlap; blocks that touch (09:00–10:00 and 10:00–11:00) are fine.</summary>
/// <param name="BlockIndex">The later of the two blocks in the given list, from 0.</param>
/// <param name="OtherBlockIndex">The earlier of the two blocks in the given list, from 0.</param>
public sealed record OverlappingBlocksError(int BlockIndex, int OtherBlockIndex, string Message) : DomainError(Message);

/// <summary>The time zone is not an IANA time zone name such as `Europe/Berlin` or `UTC`.</summary>
public sealed record UnknownTimeZoneError() : DomainError("The time zone is not an IANA time zone name such as Europe/Berlin or UTC.");
