using Mentorship.Data.Entities;

namespace Mentorship.GraphQL.Features.Mentors;

/// <summary>A mentor suggested to a mentee, with the skills that made the match.</summary>
public sealed record RecommendedMentor(User Mentor, int Score, IReadOnlyList<string> MatchedSkills);
