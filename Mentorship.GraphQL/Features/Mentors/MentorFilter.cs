namespace Mentorship.GraphQL.Features.Mentors;

/// <summary>What a mentor must match to be listed; every part given must hold.</summary>
public sealed record MentorFilter(IReadOnlyList<string>? Skills, string? Search);
