namespace Mentorship.GraphQL.Features.Scheduling;

/// <summary>A bookable start and the end a session of the asked duration would have, both in UTC.</summary>
public sealed record Slot(DateTimeOffset StartsAt, DateTimeOffset EndsAt);
