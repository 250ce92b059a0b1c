namespace Mentorship.GraphQL.Features.Mentors;

/// <summary>Narrows the mentor list; every part given must hold.</summary>
/// <param name="Skills">Mentors having all of these skills. Compared like profile skills: letter case and extra spaces do not matter. At most 30.</param>
/// <param name="Search">Text found anywhere in the mentor's display name, bio or skills, ignoring letter case. At most 100 characters; blank means no search.</param>
public sealed record MentorFilterInput(IReadOnlyList<string>? Skills, string? Search);
